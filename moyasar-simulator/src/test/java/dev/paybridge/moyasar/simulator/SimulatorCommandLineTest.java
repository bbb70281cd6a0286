package dev.paybridge.moyasar.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class SimulatorCommandLineTest {

    private final AtomicReference<SimulatorOptions> launched = new AtomicReference<>();
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void defaults_to_port_9090_the_default_account_and_todays_behaviour() {
        SimulatorOptions options = parse();

        assertThat(options.port()).isEqualTo(9090);
        assertThat(options.host()).isNull();
        assertThat(options.accounts()).isEmpty();
        assertThat(options.webhookRetryDelays()).isEqualTo(SimulatorOptions.DEFAULT_RETRY_DELAYS);
        assertThat(options.webhookTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(options.signWebhooks()).isFalse();
        assertThat(options.blockedUserAgentPrefixes()).isEmpty();
        assertThat(options.blockMissingUserAgent()).isFalse();
        assertThat(options.webhookVerification()).isFalse();
    }

    @Test
    void reads_every_flag() {
        SimulatorOptions options = parse("--port", "0", "--host", "127.0.0.1",
                "--secret-key", "sk_test_a", "--publishable-key", "pk_test_a", "--secret-key", "sk_live_b",
                "--webhook-retry-delays", "200ms,1s,2m", "--webhook-timeout", "3s", "--sign-webhooks",
                "--misspell-failed-event", "--block-user-agent", "curl/", "--block-user-agent", "Python-urllib/",
                "--block-missing-user-agent", "--verify-webhooks");

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
        assertThat(options.blockedUserAgentPrefixes()).isEqualTo(List.of("curl/", "Python-urllib/"));
        assertThat(options.blockMissingUserAgent()).isTrue();
        assertThat(options.webhookVerification()).isTrue();
    }

    @Test
    void hands_the_options_to_the_launcher_and_exits_0() {
        int exitCode = command().execute("--port", "0", "--verify-webhooks");

        assertThat(exitCode).isZero();
        assertThat(launched.get().port()).isZero();
        assertThat(launched.get().webhookVerification()).isTrue();
    }

    @Test
    void shows_help_with_every_flag_without_launching() {
        int exitCode = command().execute("--help");

        assertThat(exitCode).isZero();
        assertThat(launched.get()).isNull();
        assertThat(out.toString()).contains("--port", "--host", "--secret-key", "--publishable-key",
                "--webhook-retry-delays", "--webhook-timeout", "--sign-webhooks", "--misspell-failed-event",
                "--block-user-agent", "--block-missing-user-agent", "--verify-webhooks", "default 9090");
    }

    @Test
    void refuses_unknown_incomplete_or_inconsistent_flags_with_exit_code_2() {
        for (String[] args : List.of(new String[] {"--verbose"}, new String[] {"--port"},
                new String[] {"--port", "nine"}, new String[] {"--webhook-retry-delays", "1 minute"},
                new String[] {"--publishable-key", "pk_test_x"}, new String[] {"--secret-key", "sk_nope"},
                new String[] {"--port", "70000"})) {
            assertThat(command().execute(args)).as(String.join(" ", args)).isEqualTo(2);
        }
        assertThat(launched.get()).isNull();
        assertThat(err.toString()).contains("Unknown option: '--verbose'", "not a duration",
                "every --publishable-key needs a --secret-key", "port out of range");
    }

    private SimulatorOptions parse(String... args) {
        SimulatorCommandLine commandLine = new SimulatorCommandLine(launched::set);
        new CommandLine(commandLine).parseArgs(args);
        return commandLine.options();
    }

    private CommandLine command() {
        CommandLine commandLine = new CommandLine(new SimulatorCommandLine(launched::set));
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine;
    }
}
