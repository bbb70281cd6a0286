package dev.paybridge.bootstrap.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paybridge.bootstrap.testing.ApiClient.Answer;
import dev.paybridge.bootstrap.testing.RunningService;
import dev.paybridge.moyasar.simulator.Invoice;
import dev.paybridge.moyasar.simulator.InvoiceStatus;
import dev.paybridge.moyasar.simulator.MoyasarSimulator;
import dev.paybridge.moyasar.simulator.SimulatorOptions;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LinkExpiryIT {
    private static MoyasarSimulator simulator;
    private static RunningService service;

    @BeforeAll
    static void start() {
        simulator = MoyasarSimulator.start(SimulatorOptions.defaults());
        service = RunningService.start(Map.of("PAYBRIDGE_MOYASAR_BASE_URL", simulator.baseUrl(),
                "PAYBRIDGE_LINK_VALIDITY", "2s", "PAYBRIDGE_SYNC_SWEEP_INTERVAL", "100ms"));
    }

    @AfterAll
    static void stop() {
        service.close();
        simulator.close();
    }

    @Test
    void an_expired_link_is_replaced_and_the_old_gateway_invoice_can_no_longer_be_paid() {
        GatewayFixture gateway = GatewayFixture.connect(service, simulator, true);
        String id = gateway.createInvoice("SAR", "1", "10.00", true);
        Answer synced = gateway.awaitSync(id, "synced", Duration.ofSeconds(10));
        String firstUrl = synced.json().at("/payment_link/url").asText();
        String firstGatewayId = synced.json().at("/payment_link/gateway_invoice_id").asText();
        Instant expiresAt = Instant.parse(synced.json().at("/payment_link/expires_at").asText());
        assertThat(expiresAt).isBetween(Instant.now(), Instant.now().plusSeconds(3));

        GatewayFixture.sleep(Duration.between(Instant.now(), expiresAt).toMillis() + 300);
        assertThat(gateway.invoice(id).json().at("/payment_link/status").asText()).isEqualTo("expired");
        Answer replaced = gateway.api().post("/v1/invoices/" + id + "/payment-link", null);
        assertThat(replaced.status()).as(replaced.toString()).isEqualTo(200);
        assertThat(replaced.text("url")).isNotEqualTo(firstUrl);
        assertThat(replaced.text("status")).isEqualTo("initiated");
        assertThat(gateway.api().post("/v1/invoices/" + id + "/payment-link", null).text("url"))
                .isEqualTo(replaced.text("url"));
        assertThat(gateway.gatewayInvoicesOf(id)).hasSize(2)
                .filteredOn(invoice -> invoice.status() == InvoiceStatus.INITIATED).hasSize(1);
        InvoiceStatus old = simulator.invoice(firstGatewayId).map(Invoice::status).orElseThrow();
        assertThat(old).isIn(InvoiceStatus.EXPIRED, InvoiceStatus.CANCELED);
    }

    @Test
    void a_link_expires_at_the_end_of_the_due_date() {
        GatewayFixture gateway = GatewayFixture.connect(service, simulator, true);
        LocalDate due = LocalDate.now(ZoneOffset.UTC).plusDays(10);
        Answer created = gateway.api().post("/v1/invoices", """
                {"customer": {"external_id": "c"}, "currency": "SAR", "due_date": "%s", "finalize": true,
                 "line_items": [{"description": "x", "quantity": "1", "unit_amount": "10.00"}]}""".formatted(due));
        String id = created.text("id");
        Answer synced = gateway.awaitSync(id, "synced", Duration.ofSeconds(10));
        Instant endOfDueDate = due.atTime(23, 59, 59).toInstant(ZoneOffset.UTC);
        assertThat(synced.json().at("/payment_link/expires_at").asText()).isEqualTo(endOfDueDate.toString());
        assertThat(gateway.gatewayInvoicesOf(id).get(0).expiredAt()).isEqualTo(endOfDueDate);
    }
}
