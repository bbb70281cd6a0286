package dev.paybridge.bootstrap.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.paybridge.bootstrap.testing.ApiClient;
import dev.paybridge.bootstrap.testing.ApiClient.Answer;
import dev.paybridge.bootstrap.testing.RunningService;
import dev.paybridge.moyasar.simulator.MoyasarSimulator;
import dev.paybridge.moyasar.simulator.SimulatorOptions;
import dev.paybridge.moyasar.simulator.WebhookDelivery;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** End to end: service, simulator and PostgreSQL; the simulator's hosted payment delivers real webhooks. */
class WebhooksIT {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String VISA = "4111111111111111";
    private static MoyasarSimulator simulator;
    private static RunningService service;
    private GatewayFixture gateway;

    @BeforeAll
    static void start() {
        simulator = MoyasarSimulator.start(SimulatorOptions.defaults()
                .withWebhookRetryDelays(List.of(Duration.ofMillis(100), Duration.ofMillis(200))));
        service = RunningService.start(Map.of("PAYBRIDGE_MOYASAR_BASE_URL", simulator.baseUrl(),
                "PAYBRIDGE_SYNC_SWEEP_INTERVAL", "100ms", "PAYBRIDGE_RECONCILE_INTERVAL", "2s"));
    }

    @AfterAll
    static void stop() {
        service.close();
        simulator.close();
    }

    @BeforeEach
    void connect() {
        simulator.webhookFaults().clear();
        gateway = GatewayFixture.connect(service, simulator, true).withWebhooks();
    }

    private String syncedInvoice(String amount) {
        String id = gateway.createInvoice("SAR", "1", amount, true);
        return id;
    }

    private String gatewayInvoiceId(String id) {
        return gateway.awaitSync(id, "synced", WAIT).json().at("/payment_link/gateway_invoice_id").asText();
    }

    private Answer awaitInvoice(String id, Predicate<JsonNode> condition) {
        Instant deadline = Instant.now().plus(WAIT);
        Answer answer = gateway.invoice(id);
        while (!condition.test(answer.json()) && Instant.now().isBefore(deadline)) {
            GatewayFixture.sleep(25);
            answer = gateway.invoice(id);
        }
        assertThat(condition.test(answer.json())).as(answer.toString()).isTrue();
        return answer;
    }

    private Answer awaitPaymentStatus(String id, String status) {
        return awaitInvoice(id, json -> json.path("payment_status").asText().equals(status));
    }

    private JsonNode events(String query) {
        return gateway.api().get("/v1/webhook-events" + query).json();
    }

    private Answer deliver(String body) {
        return service.anonymous().send("POST", gateway.webhookPath(), body, "application/json");
    }

    private WebhookDelivery firstDelivery(String type) {
        Instant deadline = Instant.now().plus(WAIT);
        while (Instant.now().isBefore(deadline)) {
            for (WebhookDelivery delivery : simulator.webhookDeliveries()) {
                if (delivery.eventType().equals(type) && delivery.url().endsWith(gateway.webhookPath())) {
                    return delivery;
                }
            }
            GatewayFixture.sleep(20);
        }
        throw new AssertionError("no " + type + " delivery");
    }

    @Test
    void paying_with_a_test_card_delivers_a_webhook_and_the_invoice_succeeds_once() {
        String id = syncedInvoice("25.00");
        simulator.payInvoice(gatewayInvoiceId(id), VISA);
        Answer paid = awaitPaymentStatus(id, "succeeded");
        assertThat(paid.text("amount_paid")).isEqualTo("25.00");
        assertThat(paid.text("amount_remaining")).isEqualTo("0.00");
        assertThat(paid.text("paid_at")).endsWith("Z");
        assertThat(paid.json().at("/payment_link/status").asText()).isEqualTo("paid");

        JsonNode payments = gateway.api().get("/v1/invoices/" + id + "/payments").json();
        assertThat(payments.at("/pagination/total").asInt()).isEqualTo(1);
        assertThat(payments.at("/items/0/status").asText()).isEqualTo("succeeded");
        assertThat(payments.at("/items/0/amount").asText()).isEqualTo("25.00");
        assertThat(payments.at("/items/0/method/last4").asText()).isEqualTo("1111");
        assertThat(payments.at("/items/0/id").asText()).startsWith("pay_");

        JsonNode events = events("?status=processed");
        assertThat(events.at("/items/0/type").asText()).isEqualTo("payment_paid");
        assertThat(events.at("/items/0/id").asText()).startsWith("whe_");
        assertThat(events.at("/items/0/payload/data/status").asText()).isEqualTo("paid");
        assertThat(events.at("/items/0/payload").has("secret_token")).isFalse();
        assertThat(events.toString()).doesNotContain(GatewayFixture.WEBHOOK_SECRET);

        Answer voidPaid = gateway.api().post("/v1/invoices/" + id + "/void", null);
        assertThat(voidPaid.status()).isEqualTo(409);
        assertThat(voidPaid.text("code")).isEqualTo("invalid_state");
        assertThat(gateway.api().post("/v1/invoices/" + id + "/payment-link", null).text("code"))
                .isEqualTo("invalid_state");
    }

    @Test
    void other_event_types_are_stored_as_ignored() {
        String id = syncedInvoice("10.00");
        String other = MoyasarEvents.paid("evt-balance", "pay-balance", gatewayInvoiceId(id), 1000, "SAR", id)
                .replace("\"type\": \"payment_paid\"", "\"type\": \"balance_transferred\"");
        assertThat(deliver(other).status()).isEqualTo(200);
        assertThat(events("?status=ignored").at("/items/0/type").asText()).isEqualTo("balance_transferred");
        assertThat(gateway.invoice(id).text("payment_status")).isEqualTo("pending");
    }

    @Test
    void a_payment_whose_metadata_names_another_invoice_is_flagged_and_not_applied() {
        String id = syncedInvoice("10.00");
        String mismatched = MoyasarEvents.paid("evt-mismatch", "pay-mismatch", gatewayInvoiceId(id), 1000, "SAR",
                "inv_01m8ghm58fg05xvayzmx6hyzay");
        assertThat(deliver(mismatched).status()).isEqualTo(200);
        JsonNode flagged = events("?status=needs_review");
        assertThat(flagged.at("/items/0/review_reason").asText()).contains("inv_01m8ghm58fg05xvayzmx6hyzay");
        assertThat(gateway.invoice(id).text("payment_status")).isEqualTo("pending");
        assertThat(service.count("payments WHERE gateway_payment_id = 'pay-mismatch'")).isZero();
    }

    @Test
    void twenty_concurrent_deliveries_of_one_event_make_one_payment() throws Exception {
        String id = syncedInvoice("40.00");
        simulator.webhookFaults().dropNext(3);
        simulator.payInvoice(gatewayInvoiceId(id), VISA);
        String body = firstDelivery("payment_paid").payload();
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            List<Callable<Answer>> deliveries = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                deliveries.add(() -> deliver(body));
            }
            for (Future<Answer> answer : pool.invokeAll(deliveries)) {
                assertThat(answer.get().status()).as(answer.get().toString()).isEqualTo(200);
                assertThat(answer.get().json().get("received").asBoolean()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
        Answer paid = awaitPaymentStatus(id, "succeeded");
        assertThat(paid.text("amount_paid")).isEqualTo("40.00");
        assertThat(gateway.api().get("/v1/invoices/" + id + "/payments").json().at("/pagination/total").asInt())
                .isEqualTo(1);
        assertThat(service.count("webhook_events WHERE type = 'payment_paid' AND payload LIKE '%\"invoice_id\":\""
                + gatewayInvoiceId(id) + "\"%'")).isEqualTo(1);
    }

    @Test
    void a_duplicated_delivery_changes_nothing() {
        String id = syncedInvoice("10.00");
        simulator.webhookFaults().duplicateNext(1);
        simulator.payInvoice(gatewayInvoiceId(id), VISA);
        awaitPaymentStatus(id, "succeeded");
        GatewayFixture.sleep(300);
        assertThat(gateway.invoice(id).text("amount_paid")).isEqualTo("10.00");
        assertThat(gateway.api().get("/v1/invoices/" + id + "/payments").json().at("/pagination/total").asInt())
                .isEqualTo(1);
    }

    @Test
    void a_webhook_that_never_arrives_is_caught_by_reconciliation_once() {
        String id = syncedInvoice("12.00");
        simulator.webhookFaults().dropNext(3);
        simulator.payInvoice(gatewayInvoiceId(id), VISA);
        Answer paid = awaitPaymentStatus(id, "succeeded");
        assertThat(paid.text("amount_paid")).isEqualTo("12.00");
        JsonNode events = events("");
        assertThat(events.at("/items/0/gateway_event_id").asText()).startsWith("reconciliation:");
        assertThat(events.at("/items/0/status").asText()).isEqualTo("processed");
    }

    @Test
    void a_webhook_delayed_past_the_sweep_changes_nothing_twice() {
        String id = syncedInvoice("30.00");
        simulator.webhookFaults().delayNext(1, Duration.ofSeconds(5));
        simulator.payInvoice(gatewayInvoiceId(id), VISA);
        awaitPaymentStatus(id, "succeeded");
        assertThat(events("").at("/items/0/gateway_event_id").asText()).startsWith("reconciliation:");
        Instant deadline = Instant.now().plus(WAIT);
        while (events("").at("/pagination/total").asInt() < 2 && Instant.now().isBefore(deadline)) {
            GatewayFixture.sleep(50);
        }
        JsonNode events = events("");
        assertThat(events.at("/pagination/total").asInt()).isEqualTo(2);
        assertThat(events.at("/items/0/type").asText()).isEqualTo("payment_paid");
        Answer invoice = gateway.invoice(id);
        assertThat(invoice.text("amount_paid")).isEqualTo("30.00");
        assertThat(invoice.text("payment_status")).isEqualTo("succeeded");
        assertThat(gateway.api().get("/v1/invoices/" + id + "/payments").json().at("/pagination/total").asInt())
                .isEqualTo(1);
    }

    @Test
    void a_refund_that_arrives_before_its_payment_never_moves_the_invoice_backwards() {
        String id = syncedInvoice("20.00");
        simulator.webhookFaults().dropNext(6);
        String paymentId = simulator.payInvoice(gatewayInvoiceId(id), VISA).id();
        String paidEvent = firstDelivery("payment_paid").payload();
        simulator.refund(paymentId, null);
        String refundedEvent = firstDelivery("payment_refunded").payload();

        assertThat(deliver(refundedEvent).status()).isEqualTo(200);
        Answer refunded = awaitPaymentStatus(id, "refunded");
        assertThat(deliver(paidEvent).status()).isEqualTo(200);
        GatewayFixture.sleep(200);
        Answer after = gateway.invoice(id);
        assertThat(after.text("payment_status")).isEqualTo("refunded");
        assertThat(after.text("amount_paid")).isEqualTo(refunded.text("amount_paid")).isEqualTo("20.00");
        JsonNode payment = gateway.api().get("/v1/invoices/" + id + "/payments").json().at("/items/0");
        assertThat(payment.get("status").asText()).isEqualTo("refunded");
        assertThat(payment.get("amount_refunded").asText()).isEqualTo("20.00");
    }

    @Test
    void a_partial_refund_leaves_the_invoice_partially_refunded_and_a_void_makes_it_payable_again() {
        String refundedId = syncedInvoice("50.00");
        String paymentId = simulator.payInvoice(gatewayInvoiceId(refundedId), VISA).id();
        awaitPaymentStatus(refundedId, "succeeded");
        simulator.refund(paymentId, 1000L);
        Answer partial = awaitPaymentStatus(refundedId, "partially_refunded");
        assertThat(partial.text("amount_paid")).isEqualTo("50.00");

        String voidedId = syncedInvoice("15.00");
        String voidedPayment = simulator.payInvoice(gatewayInvoiceId(voidedId), VISA).id();
        awaitPaymentStatus(voidedId, "succeeded");
        simulator.voidPayment(voidedPayment);
        Answer pending = awaitPaymentStatus(voidedId, "pending");
        assertThat(pending.text("amount_paid")).isEqualTo("0.00");
        assertThat(pending.text("amount_remaining")).isEqualTo("15.00");
        assertThat(gateway.api().get("/v1/invoices/" + voidedId + "/payments").json().at("/items/0/status").asText())
                .isEqualTo("voided");
    }

    @Test
    void a_declined_card_records_a_failed_payment_and_the_invoice_stays_payable() {
        String id = syncedInvoice("10.00");
        simulator.failInvoicePayment(gatewayInvoiceId(id), "4123120001090000");
        Answer failed = awaitPaymentStatus(id, "failed");
        assertThat(failed.text("invoice_status")).isEqualTo("finalized");
        assertThat(failed.text("amount_remaining")).isEqualTo("10.00");
        JsonNode payment = gateway.api().get("/v1/invoices/" + id + "/payments").json().at("/items/0");
        assertThat(payment.get("status").asText()).isEqualTo("failed");
        assertThat(payment.get("failure_message").asText()).containsIgnoringCase("insufficient");
        simulator.payInvoice(gatewayInvoiceId(id), VISA);
        awaitPaymentStatus(id, "succeeded");
    }

    @Test
    void amounts_that_do_not_match_are_recorded_but_flagged_for_review() {
        String under = syncedInvoice("10.00");
        String underGateway = gatewayInvoiceId(under);
        assertThat(deliver(MoyasarEvents.paid("evt-under", "pay-under", underGateway, 400, "SAR", under)).status())
                .isEqualTo(200);
        Answer partlyPaid = awaitInvoice(under, json -> json.path("amount_paid").asText().equals("4.00"));
        assertThat(partlyPaid.text("payment_status")).isEqualTo("pending");
        assertThat(partlyPaid.text("amount_remaining")).isEqualTo("6.00");

        String over = syncedInvoice("10.00");
        deliver(MoyasarEvents.paid("evt-over", "pay-over", gatewayInvoiceId(over), 1500, "SAR", over));
        Answer overpaid = awaitPaymentStatus(over, "succeeded");
        assertThat(overpaid.text("amount_paid")).isEqualTo("15.00");
        assertThat(overpaid.text("amount_remaining")).isEqualTo("0.00");

        String foreign = syncedInvoice("10.00");
        deliver(MoyasarEvents.paid("evt-usd", "pay-usd", gatewayInvoiceId(foreign), 1000, "USD", foreign));
        JsonNode review = events("?status=needs_review");
        assertThat(review.at("/pagination/total").asInt()).isEqualTo(3);
        assertThat(review.toString()).contains("underpayment", "overpayment", "USD");
        assertThat(gateway.invoice(foreign).text("payment_status")).isEqualTo("pending");
        assertThat(gateway.invoice(foreign).text("amount_paid")).isEqualTo("0.00");
    }

    @Test
    void a_forged_or_foreign_webhook_is_unauthorized_and_changes_nothing() {
        String id = syncedInvoice("10.00");
        String gatewayId = gatewayInvoiceId(id);
        long before = gateway.storedEvents();
        Answer forged = deliver(MoyasarEvents.paid("evt-forged", "pay-forged", gatewayId, 1000, "SAR", id)
                .replace(GatewayFixture.WEBHOOK_SECRET, "guessed-secret"));
        assertThat(forged.status()).isEqualTo(401);
        assertThat(forged.text("code")).isEqualTo("unauthorized");
        String good = MoyasarEvents.paid("evt-x", "pay-x", gatewayId, 1000, "SAR", id);
        for (String variant : new String[] {good.replace("\"secret_token\": \"" + GatewayFixture.WEBHOOK_SECRET + "\",", ""),
            good.replace(GatewayFixture.WEBHOOK_SECRET, ""), good.replace("\"live\": false", "\"live\": true")}) {
            Answer answer = deliver(variant);
            assertThat(answer.status()).as(variant).isEqualTo(401);
            assertThat(answer.body()).isEqualTo(forged.body());
        }
        Answer badSignature = service.anonymous().withHeader("X-Moyasar-Signature", "00ff")
                .send("POST", gateway.webhookPath(), good, "application/json");
        assertThat(badSignature.status()).isEqualTo(401);

        GatewayFixture other = GatewayFixture.connect(service, simulator, true);
        assertThat(service.anonymous().send("POST", other.webhookPath(),
                good.replace(GatewayFixture.WEBHOOK_SECRET, "whsec_of_another_tenant"), "application/json").status())
                .isEqualTo(401);
        String unknownTenant = gateway.webhookPath().replaceAll("tenant_[0-9a-z]+", "tenant_01m8ghm3v0087y5rjjtn8srcjy");
        assertThat(service.anonymous().send("POST", unknownTenant, good, "application/json").status()).isEqualTo(401);
        assertThat(service.anonymous().send("POST", "/v1/webhooks/stripe/x/y", good, "application/json").status())
                .isEqualTo(401);

        assertThat(gateway.storedEvents()).isEqualTo(before);
        assertThat(other.storedEvents()).isZero();
        assertThat(gateway.invoice(id).text("payment_status")).isEqualTo("pending");
    }

    @Test
    void an_archived_connection_no_longer_accepts_events_even_once_it_was_kept() {
        String kept = syncedInvoice("10.00");
        assertThat(deliver(MoyasarEvents.paid("evt-before-archive", "pay-before-archive", gatewayInvoiceId(kept),
                1000, "SAR", kept)).status()).isEqualTo(200);
        String id = syncedInvoice("10.00");
        String event = MoyasarEvents.paid("evt-archived", "pay-archived", gatewayInvoiceId(id), 1000, "SAR", id);
        long before = gateway.storedEvents();
        gateway.api().delete("/v1/connections/" + gateway.connectionId());
        assertThat(deliver(event).status()).isEqualTo(401);
        assertThat(gateway.storedEvents()).isEqualTo(before);
        assertThat(gateway.invoice(id).text("payment_status")).isEqualTo("pending");
    }

    @Test
    void a_rotated_webhook_secret_takes_effect_at_the_next_delivery() {
        String first = syncedInvoice("10.00");
        String second = syncedInvoice("10.00");
        assertThat(deliver(MoyasarEvents.paid("evt-before-rotation", "pay-before-rotation", gatewayInvoiceId(first),
                1000, "SAR", first)).status()).isEqualTo(200);
        Answer rotated = gateway.api().put("/v1/connections/" + gateway.connectionId(),
                "{\"encrypted_secret_data\": {\"webhook_secret\": \"whsec_rotated_secret_7\"}}");
        assertThat(rotated.status()).as(rotated.toString()).isEqualTo(200);

        String withOldSecret = MoyasarEvents.paid("evt-after-rotation", "pay-after-rotation", gatewayInvoiceId(second),
                1000, "SAR", second);
        assertThat(deliver(withOldSecret).status()).isEqualTo(401);
        assertThat(deliver(withOldSecret.replace(GatewayFixture.WEBHOOK_SECRET, "whsec_rotated_secret_7")).status())
                .isEqualTo(200);
        awaitPaymentStatus(second, "succeeded");
    }

    @Test
    void malformed_deliveries_get_their_4xx_and_are_not_stored() throws IOException {
        long before = gateway.storedEvents();
        assertBadRequest(deliver("not json"), "body");
        assertBadRequest(deliver("[1, 2]"), "body");
        assertBadRequest(deliver(""), "body");
        assertBadRequest(deliver("{\"id\": \"e\", \"type\": \"payment_paid\", \"data\": {\"amount\": ]}}"), "body");
        assertBadRequest(deliver("{\"type\": \"payment_paid\", \"data\": {}}"), "id");
        assertBadRequest(deliver("{\"id\": \"e\", \"data\": {}}"), "type");
        assertBadRequest(deliver("{\"id\": \"e\", \"type\": \"payment_paid\"}"), "data");
        assertBadRequest(deliver("{\"id\": \"e\", \"type\": \"payment_paid\", \"data\": \"x\"}"), "data");
        assertThat(statusOfOversizedDelivery(10 * 1024 * 1024)).isEqualTo(413);
        Answer plain = service.anonymous().send("POST", gateway.webhookPath(), "{}", "text/plain");
        assertThat(plain.status()).isEqualTo(415);
        assertThat(gateway.storedEvents()).isEqualTo(before);
    }

    @Test
    void authentic_events_whose_data_is_not_a_payment_are_stored_as_ignored_and_answered_200() {
        for (String type : new String[] {"payment_paid", "balance_transferred", "payout_initiated"}) {
            Answer answer = deliver("{\"id\": \"evt-not-a-payment-" + type + "\", \"type\": \"" + type
                    + "\", \"secret_token\": \"" + GatewayFixture.WEBHOOK_SECRET + "\", \"data\": {\"id\": 5}}");
            assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        }
        JsonNode ignored = events("?status=ignored&limit=100");
        assertThat(ignored.findValuesAsText("gateway_event_id")).contains("evt-not-a-payment-payment_paid",
                "evt-not-a-payment-balance_transferred", "evt-not-a-payment-payout_initiated");
    }

    @Test
    void ids_and_types_that_cannot_be_stored_are_refused_at_the_door_never_a_500() {
        long before = gateway.storedEvents();
        String longId = "e".repeat(256);
        assertBadRequest(deliver(MoyasarEvents.paid(longId, "pay-long", "gw-long", 1000, "SAR", null)), "id");
        assertBadRequest(deliver(MoyasarEvents.paid("evt-long-type", "pay-t", "gw-t", 1000, "SAR", null)
                .replace("\"payment_paid\"", "\"" + "t".repeat(65) + "\"")), "type");
        assertBadRequest(deliver(MoyasarEvents.paid("evt-nul\\u0000id", "pay-n", "gw-n", 1000, "SAR", null)), "id");
        assertBadRequest(deliver(MoyasarEvents.paid("evt-long-payment", "p".repeat(256), "gw-p", 1000, "SAR", null)),
                "data");
        assertThat(gateway.storedEvents()).isEqualTo(before);
    }

    @Test
    void a_nul_the_payer_typed_is_kept_in_the_stored_event_and_the_payment_applies() {
        String id = syncedInvoice("31.00");
        String gatewayInvoice = gatewayInvoiceId(id);
        String body = MoyasarEvents.paid("evt-nul-name", "pay-nul-name", gatewayInvoice, 3100, "SAR", id)
                .replace("\"company\": \"visa\"", "\"company\": \"vi\\u0000sa\", \"name\": \"Jane\\u0000Doe\"");
        assertThat(deliver(body).status()).isEqualTo(200);
        awaitPaymentStatus(id, "succeeded");
        JsonNode stored = events("?status=processed&limit=100").findParents("gateway_event_id").stream()
                .filter(event -> event.get("gateway_event_id").asText().equals("evt-nul-name")).findFirst()
                .orElseThrow();
        assertThat(stored.at("/payload/data/source/name").asText()).isEqualTo("Jane\u0000Doe");
        assertThat(gateway.api().get("/v1/invoices/" + id + "/payments").json().at("/items/0/method/company").asText())
                .isEqualTo("vi\uFFFDsa");
    }

    @Test
    void an_event_for_a_payment_we_never_linked_is_stored_as_ignored_and_changes_nothing() {
        Answer answer = deliver(MoyasarEvents.paid("evt-stranger", "pay-stranger",
                "00000000-0000-4000-8000-000000000000", 1000, "SAR", null));
        assertThat(answer.status()).isEqualTo(200);
        JsonNode ignored = events("?status=ignored");
        assertThat(ignored.at("/items/0/gateway_event_id").asText()).isEqualTo("evt-stranger");
        assertThat(ignored.at("/items/0/review_reason").asText()).contains("no invoice");
        assertThat(service.count("payments WHERE gateway_payment_id = 'pay-stranger'")).isZero();
    }

    @Test
    void a_replayed_event_applies_again_idempotently() {
        String id = syncedInvoice("10.00");
        simulator.payInvoice(gatewayInvoiceId(id), VISA);
        awaitPaymentStatus(id, "succeeded");
        String eventId = events("?status=processed").at("/items/0/id").asText();
        Answer replayed = gateway.api().post("/v1/webhook-events/" + eventId + "/replay", null);
        assertThat(replayed.status()).as(replayed.toString()).isEqualTo(200);
        assertThat(replayed.text("status")).isEqualTo("processed");
        assertThat(gateway.invoice(id).text("amount_paid")).isEqualTo("10.00");
        assertThat(gateway.api().get("/v1/invoices/" + id + "/payments").json().at("/pagination/total").asInt())
                .isEqualTo(1);
        ApiClient stranger = GatewayFixture.connect(service, simulator, true).api();
        assertThat(stranger.post("/v1/webhook-events/" + eventId + "/replay", null).status()).isEqualTo(404);
        assertThat(gateway.api().get("/v1/webhook-events?status=odd").status()).isEqualTo(400);
    }

    /**
     * Announces a body of {@code length} bytes, sends its first bytes and reads the answer: an oversized delivery is
     * refused on its declared length, before its body is read (a client still uploading would otherwise race the
     * server closing the connection).
     */
    private int statusOfOversizedDelivery(int length) throws IOException {
        URI base = URI.create(service.baseUrl());
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout((int) WAIT.toMillis());
            socket.getOutputStream().write(("POST " + gateway.webhookPath() + " HTTP/1.1\r\nHost: " + base.getHost()
                    + "\r\nContent-Type: application/json\r\nContent-Length: " + length + "\r\n\r\n{\"id\": \"e\"")
                    .getBytes(StandardCharsets.US_ASCII));
            String statusLine = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.US_ASCII)).readLine();
            return Integer.parseInt(statusLine.split(" ")[1]);
        }
    }

    private static void assertBadRequest(Answer answer, String field) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertThat(answer.json().path("errors").has(field)).as(answer.toString()).isTrue();
    }
}
