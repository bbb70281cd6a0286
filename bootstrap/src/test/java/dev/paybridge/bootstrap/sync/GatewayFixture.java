package dev.paybridge.bootstrap.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paybridge.bootstrap.testing.ApiClient;
import dev.paybridge.bootstrap.testing.ApiClient.Answer;
import dev.paybridge.bootstrap.testing.RunningService;
import dev.paybridge.bootstrap.testing.TenantFixture;
import dev.paybridge.moyasar.simulator.Invoice;
import dev.paybridge.moyasar.simulator.MoyasarSimulator;
import dev.paybridge.moyasar.simulator.SimulatedAccount;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** A tenant environment connected to its own simulator account, with helpers to make and watch invoices. */
record GatewayFixture(RunningService service, MoyasarSimulator simulator, SimulatedAccount account, ApiClient api,
        String connectionId, String webhookPath) {
    static final String WEBHOOK_SECRET = "whsec_shared_secret_42";

    static GatewayFixture connect(RunningService service, MoyasarSimulator simulator, boolean outboundSync) {
        SimulatedAccount account = simulator.createAccount();
        ApiClient api = TenantFixture.create(service, "Acme").sandbox();
        Answer connection = api.post("/v1/connections", """
                {"name": "Moyasar", "provider_type": "moyasar",
                 "encrypted_secret_data": {"secret_key": "%s", "webhook_secret": "whsec_shared_secret_42"},
                 "metadata": {"success_url": "https://shop.test/ok", "back_url": "https://shop.test/back"},
                 "sync_config": {"invoice": {"outbound": %s}}}""".formatted(account.secretKey(), outboundSync));
        assertThat(connection.status()).as(connection.toString()).isEqualTo(201);
        String webhookPath = java.net.URI.create(connection.text("webhook_url")).getPath();
        return new GatewayFixture(service, simulator, account, api, connection.text("id"), webhookPath);
    }

    /** Makes the simulator deliver this account's payment events to the service's webhook URL. */
    GatewayFixture withWebhooks() {
        simulator.registerWebhook(account.secretKey(), service.baseUrl() + webhookPath, WEBHOOK_SECRET, List.of());
        return this;
    }

    /**
     * The webhook events stored in this fixture's tenant environment: the simulator's deliveries and the
     * reconciliation sweep of other tests' invoices go on in the background and are not counted.
     */
    long storedEvents() {
        return service.count("webhook_events JOIN connections USING (tenant_id, environment_id)"
                + " WHERE connections.id = '" + connectionId + "'");
    }

    String createInvoice(String currency, String quantity, String unitAmount, boolean finalizeNow) {
        Answer created = api.post("/v1/invoices", """
                {"customer": {"external_id": "cus_42", "name": "Acme", "email": "billing@acme.test"},
                 "currency": "%s", "line_items": [{"description": "API calls", "quantity": "%s", "unit_amount": "%s"}],
                 "finalize": %s}""".formatted(currency, quantity, unitAmount, finalizeNow));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.text("id");
    }

    Answer invoice(String id) {
        return api.get("/v1/invoices/" + id);
    }

    /** Polls the invoice until its sync reaches {@code state}, failing after {@code timeout}. */
    Answer awaitSync(String id, String state, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        Answer answer = invoice(id);
        while (!answer.json().at("/sync/state").asText().equals(state) && Instant.now().isBefore(deadline)) {
            sleep(20);
            answer = invoice(id);
        }
        assertThat(answer.json().at("/sync/state").asText()).as(answer.toString()).isEqualTo(state);
        return answer;
    }

    /** The simulator's invoices of this account that carry our invoice id. */
    List<Invoice> gatewayInvoicesOf(String invoiceId) {
        return simulator.invoices(account.secretKey()).stream()
                .filter(invoice -> invoiceId.equals(invoice.metadata().get("paybridge_invoice_id")))
                .toList();
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }
}
