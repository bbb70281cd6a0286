package dev.paybridge.moyasar.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Verification mode, as docs.moyasar.com/api/other/webhooks/verify-webhook describes it. */
class WebhookVerificationIT {

    private static final Duration WAIT = Duration.ofSeconds(5);
    /** Ten times the retry delay: a retry that was going to come would have come. */
    private static final Duration RETRY_WINDOW = Duration.ofMillis(500);
    private static final String SECRET = "whsec_verify";
    private static final String INCORRECT =
            "{\"type\":\"webhook_verification_invalid\",\"message\":\"Verification code is incorrect\",\"errors\":null}";

    private MoyasarSimulator simulator;
    private SimulatorHttp http;
    private WebhookReceiver receiver;
    private SimulatedAccount account;

    @BeforeEach
    void start() {
        simulator = MoyasarSimulator.start(SimulatorOptions.defaults().withWebhookVerification(true)
                .withWebhookRetryDelays(List.of(Duration.ofMillis(50))));
        http = new SimulatorHttp(simulator);
        receiver = new WebhookReceiver();
        account = simulator.createAccount();
    }

    @AfterEach
    void stop() {
        simulator.close();
        receiver.close();
    }

    @Test
    void a_new_webhook_starts_unverified_and_gets_its_code_once_without_retries() {
        receiver.answer(500);

        JsonNode created = http.post("/v1/webhooks", account.secretKey(),
                WebhookEndpointsIT.webhook(receiver.url())).json();

        assertThat(created.get("verified").asBoolean()).isFalse();
        assertThat(created.get("verified_at").isNull()).isTrue();
        String id = created.get("id").asText();
        JsonNode event = receiver.await(1, WAIT).get(0).json();
        assertThat(InvoiceEndpointsIT.fieldNames(event))
                .containsExactly("id", "type", "created_at", "secret_token", "account_name", "data");
        assertThat(event.get("type").asText()).isEqualTo("webhook_verification");
        assertThat(event.get("secret_token").asText()).isEqualTo(WebhookEndpointsIT.SHARED_SECRET);
        assertThat(event.get("account_name").asText()).isEqualTo(account.name());
        assertThat(InvoiceEndpointsIT.fieldNames(event.get("data"))).containsExactly("webhook_id", "verification_code");
        assertThat(event.at("/data/webhook_id").asText()).isEqualTo(id);
        assertThat(event.at("/data/verification_code").asText()).matches("\\d{6}")
                .isEqualTo(simulator.verificationCode(id).orElseThrow());
        assertThat(receiver.await(2, RETRY_WINDOW)).hasSize(1);
        assertThat(awaitDeliveries(all -> !all.isEmpty())).singleElement().satisfies(delivery -> {
            assertThat(delivery.eventType()).isEqualTo("webhook_verification");
            assertThat(delivery.status()).isEqualTo(500);
            assertThat(delivery.attempt()).isEqualTo(1);
        });
    }

    @Test
    void events_before_verification_are_lost_for_good_and_later_ones_arrive() {
        Webhook webhook = simulator.registerWebhook(account.secretKey(), receiver.url(), SECRET, List.of());
        assertThat(webhook.verified()).isFalse();
        receiver.await(1, WAIT);
        Payment lost = simulator.payInvoice(invoice(), "4111111111111111");
        awaitDeliveries(all -> all.size() == 2);

        JsonNode verified = http.post("/v1/webhooks/" + webhook.id() + "/verify", account.secretKey(),
                "{\"code\":\"" + simulator.verificationCode(webhook.id()).orElseThrow() + "\"}").json();
        Payment delivered = simulator.payInvoice(invoice(), "4111111111111111");

        assertThat(verified.get("verified").asBoolean()).isTrue();
        assertThat(verified.get("verified_at").asText()).isNotBlank();
        List<WebhookReceiver.Received> received = receiver.await(2, WAIT);
        assertThat(WebhookReceiver.Received.types(received)).containsExactly("webhook_verification", "payment_paid");
        assertThat(received.get(1).json().at("/data/id").asText()).isEqualTo(delivered.id());
        assertThat(simulator.webhookDeliveries()).anySatisfy(delivery -> {
            assertThat(delivery.payload()).contains(lost.id());
            assertThat(delivery.status()).isNull();
            assertThat(delivery.error()).contains("not verified");
        });
        assertThat(receiver.await(3, RETRY_WINDOW)).hasSize(2);
        assertThat(simulator.verificationCode(webhook.id())).isEmpty();
    }

    @Test
    void a_wrong_code_is_refused_and_five_of_them_burn_the_code_until_a_new_one_is_sent() {
        Webhook webhook = simulator.registerWebhook(account.secretKey(), receiver.url(), SECRET, List.of());
        String code = receiver.await(1, WAIT).get(0).json().at("/data/verification_code").asText();
        String wrong = code.equals("000000") ? "111111" : "000000";
        String path = "/v1/webhooks/" + webhook.id();

        SimulatorHttp.Answer refused = http.post(path + "/verify", account.secretKey(), "{\"code\":\"" + wrong + "\"}");
        for (int i = 0; i < 4; i++) {
            http.post(path + "/verify", account.secretKey(), "{\"code\":\"" + wrong + "\"}");
        }
        SimulatorHttp.Answer burned = http.post(path + "/verify", account.secretKey(), "{\"code\":\"" + code + "\"}");
        SimulatorHttp.Answer resent = http.post(path + "/resend_verification", account.secretKey(), null);
        String newCode = receiver.await(2, WAIT).get(1).json().at("/data/verification_code").asText();
        SimulatorHttp.Answer accepted = http.post(path + "/verify", account.secretKey(),
                "{\"code\":\"" + newCode + "\"}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).isEqualTo(INCORRECT);
        assertThat(burned.status()).isEqualTo(400);
        assertThat(burned.body()).isEqualTo(INCORRECT);
        assertThat(resent.status()).isEqualTo(200);
        assertThat(resent.json().get("verified").asBoolean()).isFalse();
        assertThat(accepted.status()).isEqualTo(200);
        assertThat(accepted.json().get("verified").asBoolean()).isTrue();
        assertThat(simulator.webhook(webhook.id()).orElseThrow().verified()).isTrue();
    }

    @Test
    void a_code_must_be_given_and_the_webhook_must_exist() {
        Webhook webhook = simulator.registerWebhook(account.secretKey(), receiver.url(), SECRET, List.of());

        SimulatorHttp.Answer blank = http.post("/v1/webhooks/" + webhook.id() + "/verify", account.secretKey(), "{}");
        SimulatorHttp.Answer unknown = http.post("/v1/webhooks/" + UUID.randomUUID() + "/verify",
                account.secretKey(), "{\"code\":\"123456\"}");

        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.json().at("/errors/code/0").asText()).isEqualTo("can't be blank");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(http.post("/v1/webhooks/" + UUID.randomUUID() + "/resend_verification", account.secretKey(),
                null).status()).isEqualTo(404);
        assertThatThrownBy(() -> simulator.verificationCode(UUID.randomUUID().toString()))
                .isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void the_controls_show_the_code_until_the_webhook_is_verified() {
        Webhook webhook = simulator.registerWebhook(account.secretKey(), receiver.url(), SECRET, List.of());
        String code = simulator.verificationCode(webhook.id()).orElseThrow();

        JsonNode pending = http.get("/_sim/webhooks/" + webhook.id() + "/verification-code", null).json();
        JsonNode listed = http.get("/_sim/webhooks?secret_key=" + account.secretKey(), null).json();
        http.post("/v1/webhooks/" + webhook.id() + "/verify", account.secretKey(), "{\"code\":\"" + code + "\"}");
        JsonNode done = http.get("/_sim/webhooks/" + webhook.id() + "/verification-code", null).json();

        assertThat(pending.get("verification_code").asText()).isEqualTo(code);
        assertThat(pending.get("verified").asBoolean()).isFalse();
        assertThat(listed.at("/webhooks/0/verification_code").asText()).isEqualTo(code);
        assertThat(listed.at("/webhooks/0/shared_secret").asText()).isEqualTo(SECRET);
        assertThat(done.get("verification_code").isNull()).isTrue();
        assertThat(done.get("verified").asBoolean()).isTrue();
        assertThat(http.get("/_sim/webhooks/" + UUID.randomUUID() + "/verification-code", null).status())
                .isEqualTo(404);
    }

    private String invoice() {
        return http.post("/v1/invoices", account.secretKey(), Bodies.invoice()).json().get("id").asText();
    }

    private List<WebhookDelivery> awaitDeliveries(Predicate<List<WebhookDelivery>> done) {
        Instant deadline = Instant.now().plus(WAIT);
        while (!done.test(simulator.webhookDeliveries()) && Instant.now().isBefore(deadline)) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return simulator.webhookDeliveries();
    }
}
