package dev.paybridge.moyasar.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Predicate;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WebhookDeliveryIT {

    private static final Duration WAIT = Duration.ofSeconds(5);
    /** How long to watch for a delivery that should not come: beyond the retry schedule and the timeout. */
    private static final Duration QUIET = Duration.ofMillis(800);
    private static final String SECRET = "whsec_shared";

    private MoyasarSimulator simulator;
    private SimulatorHttp http;
    private WebhookReceiver receiver;
    private SimulatedAccount account;

    @BeforeEach
    void start() {
        simulator = MoyasarSimulator.start(SimulatorOptions.defaults()
                .withWebhookRetryDelays(List.of(Duration.ofMillis(100), Duration.ofMillis(300)))
                .withWebhookTimeout(Duration.ofMillis(300)));
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
    void the_java_api_refuses_a_webhook_with_an_invalid_url() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> simulator.registerWebhook(account.secretKey(),
                "not a url", SECRET, List.of())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("url");
    }

    @Test
    void delivers_payment_paid_with_the_documented_envelope() {
        simulator.registerWebhook(account.secretKey(), receiver.url(), SECRET, List.of("payment_paid"));
        String invoiceId = invoice(account);
        Payment payment = simulator.payInvoice(invoiceId, "4111111111111111");

        WebhookReceiver.Received event = receiver.await(1, WAIT).get(0);

        JsonNode json = event.json();
        assertThat(event.method()).isEqualTo("POST");
        assertThat(event.header("Content-Type")).isEqualTo("application/json");
        assertThat(event.header("User-Agent")).isNotBlank();
        assertThat(event.header(WebhookSignature.HEADER)).isNull();
        assertThat(InvoiceEndpointsIT.fieldNames(json))
                .containsExactly("id", "type", "created_at", "secret_token", "account_name", "live", "data");
        assertThat(json.get("type").asText()).isEqualTo("payment_paid");
        assertThat(json.get("secret_token").asText()).isEqualTo(SECRET);
        assertThat(json.get("account_name").asText()).isEqualTo(account.name());
        assertThat(json.get("live").asBoolean()).isFalse();
        assertThat(json.at("/data/id").asText()).isEqualTo(payment.id());
        assertThat(json.at("/data/status").asText()).isEqualTo("paid");
        assertThat(json.at("/data/invoice_id").asText()).isEqualTo(invoiceId);
    }

    @Test
    void a_live_account_sends_live_events() {
        SimulatedAccount live = simulator.createLiveAccount();
        simulator.registerWebhook(live.secretKey(), receiver.url(), SECRET, List.of());

        simulator.failInvoicePayment(invoice(live));

        JsonNode json = receiver.await(1, WAIT).get(0).json();
        assertThat(json.get("live").asBoolean()).isTrue();
        assertThat(json.get("type").asText()).isEqualTo("payment_failed");
    }

    @Test
    void delivers_only_the_subscribed_events() {
        simulator.registerWebhook(account.secretKey(), receiver.url(), SECRET, List.of("payment_refunded"));
        Payment payment = simulator.payInvoice(invoice(account), "4111111111111111");
        simulator.refund(payment.id(), 100L);

        receiver.await(1, WAIT);

        assertThat(WebhookReceiver.Received.types(receiver.await(2, QUIET))).containsExactly("payment_refunded");
    }

    @Test
    void retries_after_non_2xx_answers_on_the_schedule_with_a_stable_event_id() {
        receiver.answer(500, 503);
        simulator.registerWebhook(account.secretKey(), receiver.url(), SECRET, List.of());
        simulator.payInvoice(invoice(account), "4111111111111111");

        List<WebhookReceiver.Received> attempts = receiver.await(3, WAIT);

        assertThat(attempts).hasSize(3);
        assertThat(attempts).extracting(attempt -> attempt.json().get("id").asText()).containsOnly(
                attempts.get(0).json().get("id").asText());
        assertThat(Duration.between(attempts.get(0).at(), attempts.get(1).at())).isGreaterThanOrEqualTo(
                Duration.ofMillis(90));
        assertThat(Duration.between(attempts.get(1).at(), attempts.get(2).at())).isGreaterThanOrEqualTo(
                Duration.ofMillis(290));
        List<WebhookDelivery> log = awaitDeliveries(deliveries -> deliveries.size() == 3);
        assertThat(log).extracting(WebhookDelivery::attempt).containsExactly(1, 2, 3);
        assertThat(log).extracting(WebhookDelivery::status).containsExactly(500, 503, 200);
        assertThat(log.get(2).delivered()).isTrue();
    }

    @Test
    void drops_the_event_after_the_last_retry() {
        receiver.answerAlways(500);
        simulator.registerWebhook(account.secretKey(), receiver.url(), SECRET, List.of());
        simulator.payInvoice(invoice(account), "4111111111111111");

        receiver.await(3, WAIT);

        assertThat(receiver.await(4, QUIET)).hasSize(3);
        assertThat(simulator.webhookDeliveries()).noneMatch(WebhookDelivery::delivered);
    }

    @Test
    void a_receiver_slower_than_the_timeout_counts_as_a_failure() {
        receiver.delayAnswers(Duration.ofMillis(600));
        simulator.registerWebhook(account.secretKey(), receiver.url(), SECRET, List.of());
        simulator.payInvoice(invoice(account), "4111111111111111");

        List<WebhookDelivery> log = awaitDeliveries(deliveries -> deliveries.size() >= 2);

        assertThat(log.get(0).status()).isNull();
        assertThat(log.get(0).error()).contains("timed out");
        assertThat(log.get(1).attempt()).isEqualTo(2);
    }

    @Test
    void signs_the_raw_body_when_asked() throws Exception {
        try (MoyasarSimulator signing = MoyasarSimulator.start(SimulatorOptions.defaults().withSignedWebhooks(true))) {
            SimulatedAccount signed = signing.createAccount();
            signing.registerWebhook(signed.secretKey(), receiver.url(), SECRET, List.of());
            String invoiceId = new SimulatorHttp(signing).post("/v1/invoices", signed.secretKey(), Bodies.invoice())
                    .json().get("id").asText();
            signing.payInvoice(invoiceId, "4111111111111111");

            WebhookReceiver.Received event = receiver.await(1, WAIT).get(0);

            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            String expected = HexFormat.of().formatHex(mac.doFinal(event.body().getBytes(StandardCharsets.UTF_8)));
            assertThat(event.header(WebhookSignature.HEADER)).isEqualTo(expected);
        }
    }

    @Test
    void can_send_the_misspelled_failed_event_type() {
        try (MoyasarSimulator misspelling = MoyasarSimulator.start(SimulatorOptions.defaults()
                .withMisspelledFailedEvent(true))) {
            SimulatedAccount owner = misspelling.createAccount();
            misspelling.registerWebhook(owner.secretKey(), receiver.url(), SECRET, List.of("payment_failed"));
            String invoiceId = new SimulatorHttp(misspelling).post("/v1/invoices", owner.secretKey(),
                    Bodies.invoice()).json().get("id").asText();

            misspelling.failInvoicePayment(invoiceId);

            assertThat(receiver.await(1, WAIT).get(0).json().get("type").asText()).isEqualTo("payment_faild");
        }
    }

    @Test
    void posts_the_paid_invoice_to_its_callback_url() {
        ObjectNode body = Bodies.invoice().put("callback_url", receiver.url());
        String invoiceId = http.post("/v1/invoices", account.secretKey(), body).json().get("id").asText();

        simulator.payInvoice(invoiceId, "4111111111111111");

        JsonNode invoice = receiver.await(1, WAIT).get(0).json();
        assertThat(invoice.get("id").asText()).isEqualTo(invoiceId);
        assertThat(invoice.get("status").asText()).isEqualTo("paid");
        assertThat(invoice.get("payments")).hasSize(1);
    }

    @Test
    void a_dropped_delivery_is_never_sent_but_logged() {
        simulator.registerWebhook(account.secretKey(), receiver.url(), SECRET, List.of());
        simulator.webhookFaults().dropNext(1);

        simulator.payInvoice(invoice(account), "4111111111111111");
        simulator.failInvoicePayment(invoice(account));

        assertThat(WebhookReceiver.Received.types(receiver.await(1, WAIT))).containsExactly("payment_failed");
        assertThat(receiver.await(2, QUIET)).hasSize(1);
        assertThat(simulator.webhookDeliveries()).anySatisfy(delivery -> {
            assertThat(delivery.eventType()).isEqualTo("payment_paid");
            assertThat(delivery.error()).contains("dropped");
        });
    }

    @Test
    void a_duplicated_delivery_arrives_twice_with_the_same_event_id() {
        simulator.registerWebhook(account.secretKey(), receiver.url(), SECRET, List.of());
        simulator.webhookFaults().duplicateNext(1);

        simulator.payInvoice(invoice(account), "4111111111111111");

        List<WebhookReceiver.Received> received = receiver.await(2, WAIT);
        assertThat(received).hasSize(2);
        assertThat(received.get(0).json().get("id")).isEqualTo(received.get(1).json().get("id"));
    }

    @Test
    void a_delayed_delivery_waits_before_its_first_attempt() {
        simulator.registerWebhook(account.secretKey(), receiver.url(), SECRET, List.of());
        simulator.webhookFaults().delayNext(1, Duration.ofMillis(400));
        Instant paidAt = Instant.now();

        simulator.payInvoice(invoice(account), "4111111111111111");

        WebhookReceiver.Received event = receiver.await(1, WAIT).get(0);
        assertThat(Duration.between(paidAt, event.at())).isGreaterThanOrEqualTo(Duration.ofMillis(380));
    }

    @Test
    void reordered_deliveries_arrive_newest_first() {
        simulator.registerWebhook(account.secretKey(), receiver.url(), SECRET, List.of());
        simulator.webhookFaults().reorderNext(2);
        Payment payment = simulator.payInvoice(invoice(account), "4111111111111111");

        simulator.refund(payment.id(), null);

        assertThat(WebhookReceiver.Received.types(receiver.await(2, WAIT)))
                .containsExactly("payment_refunded", "payment_paid");
    }

    private String invoice(SimulatedAccount owner) {
        return http.post("/v1/invoices", owner.secretKey(), Bodies.invoice()).json().get("id").asText();
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
