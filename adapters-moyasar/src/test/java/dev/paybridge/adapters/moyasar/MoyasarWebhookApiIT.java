package dev.paybridge.adapters.moyasar;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paybridge.application.spi.GatewayResult;
import dev.paybridge.application.spi.GatewayResult.RefusalReason;
import dev.paybridge.application.spi.GatewaySettings;
import dev.paybridge.application.spi.GatewayWebhook;
import dev.paybridge.application.spi.GatewayWebhooks;
import dev.paybridge.domain.connection.ConnectionSecrets;
import dev.paybridge.moyasar.simulator.MoyasarSimulator;
import dev.paybridge.moyasar.simulator.SimulatedAccount;
import dev.paybridge.moyasar.simulator.SimulatorOptions;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The plugin's webhook API against the simulator in its verification mode, as Moyasar behaves. */
class MoyasarWebhookApiIT {
    private static final String URL = "https://paybridge.example.test/v1/webhooks/moyasar/t/e";
    private static MoyasarSimulator simulator;
    private static MoyasarProvider provider;

    @BeforeAll
    static void start() {
        simulator = MoyasarSimulator.start(SimulatorOptions.defaults().withWebhookVerification(true));
        provider = new MoyasarProvider();
        provider.configure(new GatewaySettings("PAYBRIDGE_MOYASAR_", Map.of("base_url", simulator.baseUrl()),
                Duration.ofSeconds(2)));
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    private static GatewayWebhooks webhooks(SimulatedAccount account, String secret) {
        return provider.open(ConnectionSecrets.of(Map.of("secret_key", account.secretKey(), "webhook_secret", secret)))
                .webhooks().orElseThrow();
    }

    /** Verification events sent for the webhook, waiting (at most five seconds) until there are {@code wanted}. */
    private static long verificationDeliveries(String webhookId, int wanted) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        long count;
        do {
            count = simulator.webhookDeliveries().stream().filter(d -> "webhook_verification".equals(d.eventType())
                    && d.payload().contains(webhookId)).count();
            Thread.sleep(20);
        } while (count < wanted && System.nanoTime() < deadline);
        return count;
    }

    private static <T> T succeeded(GatewayResult<T> result) {
        return result.fold(value -> value, refused -> {
            throw new AssertionError(refused.toString());
        }, unknown -> {
            throw new AssertionError(unknown.toString());
        });
    }

    @Test
    void registers_an_unverified_webhook_with_the_connections_secret_and_the_payment_events() {
        SimulatedAccount account = simulator.createAccount();
        GatewayWebhook registered = succeeded(webhooks(account, "whsec_first_secret").register(URL));
        assertThat(registered.verified()).isFalse();
        assertThat(registered.events()).containsExactlyInAnyOrderElementsOf(MoyasarWebhookApi.EVENTS);
        assertThat(succeeded(webhooks(account, "whsec_first_secret").find(URL))).get()
                .extracting(GatewayWebhook::id).isEqualTo(registered.id());
        assertThat(succeeded(webhooks(account, "whsec_first_secret").find(URL + "/other"))).isEmpty();
        assertThat(provider.webhookSetup()).get().extracting(support -> support.secretField())
                .isEqualTo("webhook_secret");
    }

    @Test
    void answers_the_challenge_with_the_right_code_and_a_wrong_code_is_refused() {
        SimulatedAccount account = simulator.createAccount();
        GatewayWebhooks api = webhooks(account, "whsec_first_secret");
        GatewayWebhook registered = succeeded(api.register(URL));
        String code = simulator.verificationCode(registered.id()).orElseThrow();
        String wrong = code.equals("000000") ? "111111" : "000000";
        GatewayResult<GatewayWebhook> refused = api.answerChallenge(registered.id(), wrong);
        RefusalReason reason = refused.fold(ok -> null, no -> no.reason(), unknown -> null);
        assertThat(reason).isEqualTo(RefusalReason.INVALID_REQUEST);
        GatewayWebhook verified = succeeded(api.answerChallenge(registered.id(), code));
        assertThat(verified.verified()).isTrue();
        assertThat(verified.verifiedAt()).isNotNull();
    }

    @Test
    void asks_for_a_new_code_rotates_the_secret_and_deletes_idempotently() throws InterruptedException {
        SimulatedAccount account = simulator.createAccount();
        GatewayWebhook registered = succeeded(webhooks(account, "whsec_first_secret").register(URL));
        String first = simulator.verificationCode(registered.id()).orElseThrow();
        succeeded(webhooks(account, "whsec_first_secret").requestChallenge(registered.id()));
        assertThat(simulator.verificationCode(registered.id())).isPresent();
        assertThat(verificationDeliveries(registered.id(), 2)).as("a second code was sent").isGreaterThanOrEqualTo(2);
        assertThat(first).isNotBlank();
        succeeded(webhooks(account, "whsec_rotated_secret").update(registered.id(), URL));
        assertThat(simulator.webhook(registered.id()).orElseThrow().sharedSecret()).isEqualTo("whsec_rotated_secret");
        assertThat(succeeded(webhooks(account, "whsec_rotated_secret").delete(registered.id())))
                .isEqualTo(registered.id());
        assertThat(succeeded(webhooks(account, "whsec_rotated_secret").delete(registered.id())))
                .as("already gone is deleted").isEqualTo(registered.id());
    }
}
