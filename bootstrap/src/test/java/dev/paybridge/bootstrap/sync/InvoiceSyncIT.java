package dev.paybridge.bootstrap.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paybridge.adapters.moyasar.MoyasarProvider;
import dev.paybridge.application.spi.GatewayPaymentLink;
import dev.paybridge.application.spi.GatewayResult;
import dev.paybridge.application.spi.GatewaySettings;
import dev.paybridge.application.spi.PaymentLinkRequest;
import dev.paybridge.bootstrap.testing.ApiClient.Answer;
import dev.paybridge.domain.connection.ConnectionSecrets;
import dev.paybridge.domain.invoice.InvoiceId;
import dev.paybridge.domain.tenant.EnvironmentId;
import dev.paybridge.domain.tenant.Scope;
import dev.paybridge.domain.tenant.TenantId;
import dev.paybridge.domain.money.CurrencyUnit;
import dev.paybridge.domain.money.Money;
import dev.paybridge.bootstrap.testing.RunningService;
import dev.paybridge.moyasar.simulator.Invoice;
import dev.paybridge.moyasar.simulator.InvoiceStatus;
import dev.paybridge.moyasar.simulator.MoyasarSimulator;
import dev.paybridge.moyasar.simulator.SimulatorOptions;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InvoiceSyncIT {
    private static final Duration WAIT = Duration.ofSeconds(15);
    private static MoyasarSimulator simulator;
    private static RunningService service;
    private GatewayFixture gateway;

    @BeforeAll
    static void start() {
        simulator = MoyasarSimulator.start(SimulatorOptions.defaults());
        service = RunningService.start(Map.of("PAYBRIDGE_MOYASAR_BASE_URL", simulator.baseUrl(),
                "PAYBRIDGE_GATEWAY_TIMEOUT", "1s", "PAYBRIDGE_SYNC_FIRST_RETRY", "100ms",
                "PAYBRIDGE_SYNC_SWEEP_INTERVAL", "100ms"));
    }

    @AfterAll
    static void stop() {
        service.close();
        simulator.close();
    }

    @BeforeEach
    void connect() {
        simulator.faults().clear();
        gateway = GatewayFixture.connect(service, simulator, true);
    }

    @Test
    void a_finalized_invoice_gets_exactly_one_gateway_invoice_and_a_stable_link() {
        String id = gateway.createInvoice("KWD", "1", "12.345", false);
        assertThat(gateway.invoice(id).json().at("/sync/state").asText()).isEqualTo("not_applicable");
        Answer finalized = gateway.api().post("/v1/invoices/" + id + "/finalize", null);
        assertThat(finalized.json().at("/sync/state").asText()).isIn("pending", "synced");

        Answer synced = gateway.awaitSync(id, "synced", WAIT);
        String url = synced.json().at("/payment_link/url").asText();
        assertThat(url).startsWith(simulator.origin());
        assertThat(synced.json().at("/payment_link/provider_type").asText()).isEqualTo("moyasar");
        assertThat(synced.json().at("/payment_link/status").asText()).isEqualTo("initiated");
        assertThat(synced.json().at("/sync/attempts").asInt()).isEqualTo(1);
        List<Invoice> atGateway = gateway.gatewayInvoicesOf(id);
        assertThat(atGateway).hasSize(1);
        assertThat(atGateway.get(0).amount()).isEqualTo(12345);
        assertThat(atGateway.get(0).currency()).isEqualTo("KWD");
        assertThat(atGateway.get(0).description()).contains(synced.text("number"), "API calls");
        assertThat(atGateway.get(0).successUrl()).isEqualTo("https://shop.test/ok");
        assertThat(atGateway.get(0).backUrl()).isEqualTo("https://shop.test/back");

        Answer link = gateway.api().post("/v1/invoices/" + id + "/payment-link", null);
        assertThat(link.status()).as(link.toString()).isEqualTo(200);
        assertThat(link.text("url")).isEqualTo(url);
        assertThat(link.text("invoice_id")).isEqualTo(id);
        assertThat(link.text("connection_id")).isEqualTo(gateway.connectionId());
        assertThat(link.text("gateway_invoice_id")).isEqualTo(atGateway.get(0).id());
        assertThat(gateway.api().post("/v1/invoices/" + id + "/payment-link", "{\"provider_type\": \"moyasar\"}")
                .text("url")).isEqualTo(url);
        assertThat(gateway.gatewayInvoicesOf(id)).hasSize(1);
    }

    @ParameterizedTest
    @CsvSource({"SAR, 10.00, 1000", "KWD, 12.345, 12345", "BHD, 1.500, 1500", "JPY, 1000, 1000", "USD, 12.34, 1234"})
    void amounts_arrive_at_the_gateway_as_the_right_integers(String currency, String amount, long minor) {
        String id = gateway.createInvoice(currency, "1", amount, true);
        gateway.awaitSync(id, "synced", WAIT);
        assertThat(gateway.gatewayInvoicesOf(id)).singleElement().satisfies(invoice -> {
            assertThat(invoice.amount()).isEqualTo(minor);
            assertThat(invoice.currency()).isEqualTo(currency);
        });
    }

    @Test
    void a_currency_the_gateway_does_not_take_is_refused_at_creation() {
        Answer refused = gateway.api().post("/v1/invoices", """
                {"customer": {"external_id": "c"}, "currency": "CHF",
                 "line_items": [{"description": "x", "quantity": "1", "unit_amount": "10.00"}]}""");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().at("/errors/currency/0").asText()).contains("Moyasar");
    }

    @Test
    void duplicate_triggers_and_concurrent_link_requests_make_one_gateway_invoice() throws Exception {
        String id = gateway.createInvoice("SAR", "2", "50.00", true);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Answer>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                calls.add(() -> gateway.api().post("/v1/invoices/" + id + "/payment-link", null));
                calls.add(() -> gateway.api().post("/v1/integrations/sync",
                        "{\"entity_type\": \"invoice\", \"entity_id\": \"" + id + "\"}"));
            }
            Set<String> urls = new HashSet<>();
            for (Future<Answer> answer : pool.invokeAll(calls)) {
                Answer result = answer.get();
                if (result.json().has("url")) {
                    urls.add(result.text("url"));
                } else {
                    assertThat(result.status()).as(result.toString()).isEqualTo(202);
                }
            }
            assertThat(urls).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        gateway.awaitSync(id, "synced", WAIT);
        GatewayFixture.sleep(300);
        assertThat(gateway.gatewayInvoicesOf(id)).hasSize(1);
    }

    @Test
    void a_burst_of_gateway_5xx_is_retried_until_synced_without_a_duplicate() {
        simulator.faults().on("POST", "/v1/invoices").status(503).times(3);
        String id = gateway.createInvoice("SAR", "1", "99.00", true);
        Answer synced = gateway.awaitSync(id, "synced", WAIT);
        assertThat(synced.json().at("/sync/attempts").asInt()).isEqualTo(4);
        assertThat(gateway.gatewayInvoicesOf(id)).hasSize(1);
    }

    @Test
    void a_timeout_after_the_gateway_created_the_invoice_is_recovered_by_searching_first() {
        simulator.faults().on("POST", "/v1/invoices").hang().afterProcessing().once();
        String id = gateway.createInvoice("KWD", "1", "5.000", true);
        Answer synced = gateway.awaitSync(id, "synced", WAIT);
        assertThat(synced.json().at("/sync/attempts").asInt()).isEqualTo(2);
        List<Invoice> atGateway = gateway.gatewayInvoicesOf(id);
        assertThat(atGateway).hasSize(1);
        assertThat(synced.json().at("/payment_link/gateway_invoice_id").asText()).isEqualTo(atGateway.get(0).id());
    }

    @Test
    void while_the_outcome_is_unknown_the_sync_stays_pending_with_its_error() {
        simulator.faults().on("POST", "/v1/invoices").status(500).always();
        simulator.faults().on("GET", "/v1/invoices").status(500).always();
        String id = gateway.createInvoice("SAR", "1", "10.00", true);
        GatewayFixture.sleep(600);
        Answer pending = gateway.invoice(id);
        assertThat(pending.json().at("/sync/state").asText()).isEqualTo("pending");
        assertThat(pending.json().at("/sync/attempts").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(pending.json().at("/sync/last_error").asText()).contains("500");
        Answer link = gateway.api().post("/v1/invoices/" + id + "/payment-link", null);
        assertThat(link.status()).isEqualTo(503);
        assertThat(link.text("code")).isEqualTo("gateway_unavailable");
        simulator.faults().clear();
        gateway.awaitSync(id, "synced", WAIT);
        assertThat(gateway.gatewayInvoicesOf(id)).hasSize(1);
    }

    @Test
    void a_definite_refusal_fails_the_sync_with_the_gateways_message_until_a_manual_sync() {
        simulator.faults().on("POST", "/v1/invoices").status(400).once();
        String id = gateway.createInvoice("SAR", "1", "10.00", true);
        Answer failed = gateway.awaitSync(id, "failed", WAIT);
        assertThat(failed.json().at("/sync/last_error").asText()).isNotBlank();
        assertThat(failed.json().get("payment_link").isNull()).isTrue();
        GatewayFixture.sleep(300);
        assertThat(gateway.invoice(id).json().at("/sync/state").asText()).as("final until a manual sync")
                .isEqualTo("failed");

        Answer queued = gateway.api().post("/v1/integrations/sync",
                "{\"entity_type\": \"invoice\", \"entity_id\": \"" + id + "\"}");
        assertThat(queued.status()).isEqualTo(202);
        gateway.awaitSync(id, "synced", WAIT);
        assertThat(gateway.gatewayInvoicesOf(id)).hasSize(1);
    }

    @Test
    void the_gateways_refusal_of_a_link_answers_502_with_its_message() {
        GatewayFixture manual = GatewayFixture.connect(service, simulator, false);
        String id = manual.createInvoice("SAR", "1", "10.00", true);
        assertThat(manual.invoice(id).json().at("/sync/state").asText()).isEqualTo("not_applicable");
        simulator.faults().on("POST", "/v1/invoices").status(400).once();
        Answer refused = manual.api().post("/v1/invoices/" + id + "/payment-link", null);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(502);
        assertThat(refused.text("code")).isEqualTo("gateway_rejected");
        Answer created = manual.api().post("/v1/invoices/" + id + "/payment-link", null);
        assertThat(created.status()).as("created synchronously on request").isEqualTo(200);
        assertThat(manual.gatewayInvoicesOf(id)).hasSize(1);
    }

    @Test
    void a_worker_killed_between_the_gateway_call_and_the_commit_leaves_no_duplicate() {
        GatewayFixture manual = GatewayFixture.connect(service, simulator, false);
        String id = manual.createInvoice("SAR", "1", "10.00", true);
        assertThat(manual.gatewayInvoicesOf(id)).isEmpty();
        // What a worker that died after Moyasar created the invoice leaves behind: the gateway invoice, carrying our
        // id, and a sync row that counted its attempt and whose lease has run out.
        MoyasarProvider plugin = new MoyasarProvider();
        plugin.configure(new GatewaySettings("PAYBRIDGE_MOYASAR_", Map.of("base_url", simulator.baseUrl()),
                Duration.ofSeconds(2)));
        GatewayResult<GatewayPaymentLink> created = plugin.open(ConnectionSecrets.of(Map.of(
                "secret_key", manual.account().secretKey(), "webhook_secret", "whsec_shared_secret_42")))
                .createPaymentLink(new PaymentLinkRequest(new InvoiceId(id), "INV-000001", scopeOf(id),
                        new Money(new BigDecimal("10.00"), CurrencyUnit.of("SAR")), "Invoice", null, null, null));
        String createdByTheDeadWorker = created.fold(GatewayPaymentLink::gatewayInvoiceId, refused -> {
            throw new AssertionError(refused.toString());
        }, unknown -> {
            throw new AssertionError(unknown.toString());
        });
        service.execute("INSERT INTO gateway_jobs (tenant_id, environment_id, kind, subject, connection_id, data, state,"
                + " attempts, next_attempt_at, lease_token, lease_until, created_at, updated_at)"
                + " SELECT tenant_id, environment_id, 'invoice_sync', id, '" + manual.connectionId() + "', '{}',"
                + " 'pending', 1, now(), 'dead-worker', now() - interval '1 minute', now(), now()"
                + " FROM invoices WHERE id = '" + id + "'");

        Answer synced = manual.awaitSync(id, "synced", WAIT);
        assertThat(synced.json().at("/sync/attempts").asInt()).isEqualTo(2);
        assertThat(synced.json().at("/payment_link/gateway_invoice_id").asText()).isEqualTo(createdByTheDeadWorker);
        assertThat(manual.gatewayInvoicesOf(id)).hasSize(1);
    }

    private Scope scopeOf(String invoiceId) {
        return service.query("SELECT tenant_id, environment_id FROM invoices WHERE id = '" + invoiceId + "'", rows -> {
            rows.next();
            return new Scope(new TenantId(rows.getString(1)), new EnvironmentId(rows.getString(2)));
        });
    }

    @Test
    void voiding_cancels_the_gateway_invoice() {
        String id = gateway.createInvoice("SAR", "1", "10.00", true);
        String gatewayInvoiceId = gateway.awaitSync(id, "synced", WAIT).json().at("/payment_link/gateway_invoice_id")
                .asText();
        Answer voided = gateway.api().post("/v1/invoices/" + id + "/void", null);
        assertThat(voided.status()).isEqualTo(200);
        assertThat(voided.text("invoice_status")).isEqualTo("voided");
        assertThat(voided.json().get("payment_link").isNull()).isTrue();
        for (int i = 0; i < 100 && simulator.invoice(gatewayInvoiceId).orElseThrow().status() != InvoiceStatus.CANCELED; i++) {
            GatewayFixture.sleep(50);
        }
        assertThat(simulator.invoice(gatewayInvoiceId).orElseThrow().status()).isEqualTo(InvoiceStatus.CANCELED);
        assertThat(gateway.api().post("/v1/invoices/" + id + "/payment-link", null).text("code"))
                .isEqualTo("invalid_state");
    }

    @Test
    void voiding_is_retried_until_the_gateway_confirms() {
        String id = gateway.createInvoice("SAR", "1", "10.00", true);
        String gatewayInvoiceId = gateway.awaitSync(id, "synced", WAIT).json().at("/payment_link/gateway_invoice_id")
                .asText();
        simulator.faults().on("PUT", "/v1/invoices/*/cancel").status(503).times(2);
        gateway.api().post("/v1/invoices/" + id + "/void", null);
        for (int i = 0; i < 200 && simulator.invoice(gatewayInvoiceId).orElseThrow().status() != InvoiceStatus.CANCELED; i++) {
            GatewayFixture.sleep(50);
        }
        assertThat(simulator.invoice(gatewayInvoiceId).orElseThrow().status()).isEqualTo(InvoiceStatus.CANCELED);
    }
}
