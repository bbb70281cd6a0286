package dev.paybridge.moyasar.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimulatorCommandLineTest {

    @Test
    void defaults_to_port_9090_and_the_default_account() {
        SimulatorCommandLine commandLine = SimulatorCommandLine.parse();

        assertThat(commandLine.options().port()).isEqualTo(9090);
        assertThat(commandLine.options().accounts()).isEmpty();
        assertThat(commandLine.options().webhookRetryDelays()).isEqualTo(SimulatorOptions.DEFAULT_RETRY_DELAYS);
        assertThat(commandLine.help()).isFalse();
    }

    @Test
    void reads_every_flag() {
        SimulatorOptions options = SimulatorCommandLine.parse("--port", "0", "--host", "127.0.0.1",
                "--secret-key", "sk_test_a", "--publishable-key", "pk_test_a", "--secret-key", "sk_live_b",
                "--webhook-retry-delays", "200ms,1s,2m", "--webhook-timeout", "3s", "--sign-webhooks",
                "--misspell-failed-event", "--block-user-agent", "curl/").options();

        assertThat(options.port()).isZero();
        assertThat(options.host()).isEqualTo("127.0.0.1");
        assertThat(options.accounts()).extracting(SimulatedAccount::publishableKey)
                .containsExactly("pk_test_a", "pk_live_b");
        assertThat(options.accounts().get(1).live()).isTrue();
        assertThat(options.webhookRetryDelays()).containsExactly(Duration.ofMillis(200), Duration.ofSeconds(1),
                Duration.ofMinutes(2));
        assertThat(options.webhookTimeout()).isEqualTo(Duration.ofSeconds(3));
        assertThat(options.signWebhooks()).isTrue();
        assertThat(options.misspellFailedEvent()).isTrue();
        assertThat(options.blockedUserAgentPrefixes()).isEqualTo(List.of("curl/"));
    }

    @Test
    void asks_for_help_and_rejects_unknown_or_incomplete_flags() {
        assertThat(SimulatorCommandLine.parse("--help").help()).isTrue();
        assertThatThrownBy(() -> SimulatorCommandLine.parse("--verbose")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SimulatorCommandLine.parse("--port")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SimulatorCommandLine.parse("--webhook-retry-delays", "1 minute"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SimulatorCommandLine.parse("--publishable-key", "pk_test_x"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
