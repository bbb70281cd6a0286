package dev.paybridge.bootstrap.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.paybridge.bootstrap.testing.ApiClient.Answer;
import dev.paybridge.bootstrap.testing.RunningService;
import dev.paybridge.moyasar.simulator.InvoiceStatus;
import dev.paybridge.moyasar.simulator.MoyasarSimulator;
import dev.paybridge.moyasar.simulator.SimulatorOptions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The races and edges where money could be lost or silently accepted, end to end: a payer paying while an operator
 * voids, a paid link retired with its webhook lost, a replay of a flagged event, a link whose payment was voided, an
 * event the database could not apply.
 */
class MoneyAtTheEdgesIT {
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
                "PAYBRIDGE_SYNC_SWEEP_INTERVAL", "100ms", "PAYBRIDGE_SYNC_FIRST_RETRY", "300ms",
                "PAYBRIDGE_RECONCILE_INTERVAL", "1h"));
    }

    @AfterAll
    static void stop() {
        service.close();
        simulator.close();
    }

    @BeforeEach
    void connect() {
        simulator.webhookFaults().clear();
        simulator.faults().clear();
        gateway = GatewayFixture.connect(service, simulator, true).withWebhooks();
    }

    private String syncedInvoice(String amount) {
        return gateway.createInvoice("SAR", "1", amount, true);
    }

    private String gatewayInvoiceId(String id) {
        return gateway.awaitSync(id, "synced", WAIT).json().at("/payment_link/gateway_invoice_id").asText();
    }

    @Test
    void a_payer_paying_while_the_invoice_is_voided_is_recorded_flagged_and_the_refused_cancellation_shown() {
        String id = syncedInvoice("45.00");
        String gatewayInvoice = gatewayInvoiceId(id);
        // the cancellation's first try meets a Moyasar hiccup; the payer pays before it is tried again
        simulator.faults().on("PUT", "/v1/invoices/*/cancel").status(503).once();
        assertThat(gateway.api().post("/v1/invoices/" + id + "/void", null).status()).isEqualTo(200);
        simulator.payInvoice(gatewayInvoice, VISA);

        JsonNode invoice = await(() -> gateway.invoice(id).json(),
                json -> json.at("/link_cancellation/state").asText().equals("failed")
                        && json.get("amount_paid").asText().equals("45.00"));
        assertThat(invoice.get("invoice_status").asText()).as("never silently turned into a paid one")
                .isEqualTo("voided");
        assertThat(invoice.at("/link_cancellation/last_error").asText()).containsIgnoringCase("paid");
        JsonNode flagged = await(() -> events("?status=needs_review"),
                json -> json.toString().contains(invoice.get("number").asText()));
        assertThat(flagged.toString()).contains("voided", "refund");
        assertThat(payments(id).at("/pagination/total").asInt()).as("recorded once").isEqualTo(1);
        assertThat(simulator.invoice(gatewayInvoice).orElseThrow().status()).isEqualTo(InvoiceStatus.PAID);
    }

    @Test
    void a_paid_link_whose_webhooks_were_all_lost_is_looked_up_before_it_is_replaced() {
        String id = syncedInvoice("30.00");
        String gatewayInvoice = gatewayInvoiceId(id);
        simulator.webhookFaults().dropNext(10);
        simulator.payInvoice(gatewayInvoice, VISA);
        service.execute("UPDATE payment_links SET expires_at = now() - interval '1 minute' WHERE gateway_invoice_id = '"
                + gatewayInvoice + "'");

        Answer replaced = gateway.api().post("/v1/invoices/" + id + "/payment-link", null);

        assertThat(replaced.status()).as("the old link took the money: no new link to pay twice").isEqualTo(409);
        assertThat(replaced.text("code")).isEqualTo("invalid_state");
        JsonNode paid = gateway.invoice(id).json();
        assertThat(paid.get("payment_status").asText()).isEqualTo("succeeded");
        assertThat(paid.get("amount_paid").asText()).isEqualTo("30.00");
        assertThat(gateway.gatewayInvoicesOf(id)).as("no second gateway invoice").hasSize(1);
        assertThat(payments(id).at("/pagination/total").asInt()).isEqualTo(1);
    }

    @Test
    void a_replay_never_clears_a_review_flag() {
        String id = syncedInvoice("10.00");
        deliver(MoyasarEvents.paid("evt-over-replay", "pay-over-replay", gatewayInvoiceId(id), 1500, "SAR", id));
        JsonNode flagged = await(() -> events("?status=needs_review"),
                json -> json.toString().contains("evt-over-replay")).at("/items/0");
        assertThat(flagged.get("review_reason").asText()).contains("overpayment");

        Answer replayed = gateway.api().post("/v1/webhook-events/" + flagged.get("id").asText() + "/replay", null);

        assertThat(replayed.status()).isEqualTo(200);
        assertThat(replayed.text("status")).isEqualTo("needs_review");
        assertThat(replayed.text("review_reason")).contains("overpayment");
    }

    @Test
    void a_link_whose_payment_was_voided_is_never_offered_again() {
        String id = syncedInvoice("15.00");
        String gatewayInvoice = gatewayInvoiceId(id);
        String paymentId = simulator.payInvoice(gatewayInvoice, VISA).id();
        await(() -> gateway.invoice(id).json(), json -> json.get("payment_status").asText().equals("succeeded"));
        simulator.voidPayment(paymentId);
        await(() -> gateway.invoice(id).json(), json -> json.get("payment_status").asText().equals("pending"));

        Answer link = gateway.api().post("/v1/invoices/" + id + "/payment-link", null);

        assertThat(link.status()).as(link.toString()).isEqualTo(200);
        assertThat(link.text("gateway_invoice_id")).isNotEqualTo(gatewayInvoice);
        assertThat(link.text("status")).isEqualTo("initiated");
        assertThat(simulator.invoice(link.text("gateway_invoice_id")).orElseThrow().status())
                .isEqualTo(InvoiceStatus.INITIATED);
    }

    @Test
    void an_event_the_database_could_not_apply_answers_500_and_the_next_delivery_applies_it() {
        String id = syncedInvoice("12.00");
        String event = MoyasarEvents.paid("evt-db-hiccup", "pay-db-hiccup", gatewayInvoiceId(id), 1200, "SAR", id);
        service.execute("CREATE FUNCTION refuse_payments() RETURNS trigger LANGUAGE plpgsql AS "
                + "$$ BEGIN RAISE EXCEPTION 'disk full'; END $$");
        service.execute("CREATE TRIGGER refuse_payments BEFORE INSERT ON payments "
                + "FOR EACH ROW EXECUTE FUNCTION refuse_payments()");
        try {
            Answer failed = deliver(event);
            assertThat(failed.status()).isEqualTo(500);
            assertThat(failed.text("code")).isEqualTo("internal_error");
            JsonNode stored = events("?status=failed").at("/items/0");
            assertThat(stored.get("gateway_event_id").asText()).isEqualTo("evt-db-hiccup");
            assertThat(stored.get("review_reason").asText()).doesNotContain("SQL", "jooq", "Exception", "disk full");
        } finally {
            service.execute("DROP TRIGGER refuse_payments ON payments");
            service.execute("DROP FUNCTION refuse_payments()");
        }
        assertThat(deliver(event).status()).isEqualTo(200);
        assertThat(gateway.invoice(id).text("payment_status")).isEqualTo("succeeded");
        assertThat(events("?status=failed").at("/pagination/total").asInt()).isZero();
    }

    private Answer deliver(String body) {
        return service.anonymous().send("POST", gateway.webhookPath(), body, "application/json");
    }

    private JsonNode events(String query) {
        return gateway.api().get("/v1/webhook-events" + query).json();
    }

    private JsonNode payments(String id) {
        return gateway.api().get("/v1/invoices/" + id + "/payments").json();
    }

    private static <T> T await(Supplier<T> read, Predicate<T> condition) {
        Instant deadline = Instant.now().plus(WAIT);
        T value = read.get();
        while (!condition.test(value) && Instant.now().isBefore(deadline)) {
            GatewayFixture.sleep(50);
            value = read.get();
        }
        assertThat(condition.test(value)).as(String.valueOf(value)).isTrue();
        return value;
    }
}
