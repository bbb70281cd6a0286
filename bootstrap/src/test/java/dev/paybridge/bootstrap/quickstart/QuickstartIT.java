package dev.paybridge.bootstrap.quickstart;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paybridge.bootstrap.testing.RunningService;
import dev.paybridge.client.ApiClient;
import dev.paybridge.client.ApiException;
import dev.paybridge.client.api.ConnectionsApi;
import dev.paybridge.client.api.InvoicesApi;
import dev.paybridge.client.api.OperatorApi;
import dev.paybridge.client.api.WebhookEventsApi;
import dev.paybridge.client.model.ApiKeyCreated;
import dev.paybridge.client.model.Connection;
import dev.paybridge.client.model.CreateApiKeyRequest;
import dev.paybridge.client.model.CreateConnectionRequest;
import dev.paybridge.client.model.CreateInvoiceRequest;
import dev.paybridge.client.model.CreateTenantRequest;
import dev.paybridge.client.model.CustomerInput;
import dev.paybridge.client.model.Environment;
import dev.paybridge.client.model.Invoice;
import dev.paybridge.client.model.LineItemInput;
import dev.paybridge.client.model.PaymentLink;
import dev.paybridge.client.model.PaymentLinkRequest;
import dev.paybridge.client.model.Tenant;
import dev.paybridge.client.model.WebhookEvent;
import dev.paybridge.client.model.WebhookEventList;
import dev.paybridge.client.model.WebhookEventStatus;
import dev.paybridge.moyasar.simulator.MoyasarSimulator;
import dev.paybridge.moyasar.simulator.SimulatedAccount;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The README's quick start, run only through the Java client that openapi-generator made from the OpenAPI document at
 * build time: if the document does not describe the service well enough to drive it, this test fails.
 */
class QuickstartIT {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String WEBHOOK_SECRET = "6vQm-2sT9xWc4LrB8nJd";
    private static MoyasarSimulator simulator;
    private static RunningService service;

    @BeforeAll
    static void start() {
        simulator = MoyasarSimulator.start();
        service = RunningService.startReachable(Map.of("PAYBRIDGE_MOYASAR_BASE_URL", simulator.baseUrl()));
    }

    @AfterAll
    static void stop() {
        service.close();
        simulator.close();
    }

    @Test
    void the_quick_start_runs_through_a_client_generated_from_the_openapi_document() throws Exception {
        OperatorApi operator = new OperatorApi(client("Authorization", "Bearer " + RunningService.ADMIN_TOKEN));
        Tenant tenant = operator.createTenant(new CreateTenantRequest().name("Acme"));
        Environment sandbox = tenant.getEnvironments().get(0);
        assertThat(sandbox.getName()).isEqualTo(Environment.NameEnum.SANDBOX);
        ApiKeyCreated key = operator.createApiKey(tenant.getId(),
                new CreateApiKeyRequest().environmentId(sandbox.getId()).name("billing"));
        assertThat(key.getKey()).startsWith("pbk_");
        ApiClient billing = client("x-api-key", key.getKey());

        SimulatedAccount moyasar = simulator.createAccount();
        Connection connection = new ConnectionsApi(billing).createConnection(new CreateConnectionRequest()
                .name("Moyasar KSA").providerType("moyasar")
                .encryptedSecretData(Map.of("secret_key", moyasar.secretKey(), "publishable_key",
                        moyasar.publishableKey(), "webhook_secret", WEBHOOK_SECRET))
                .metadata(Map.of("success_url", "https://shop.example/ok", "back_url", "https://shop.example/back")),
                null);
        assertThat(connection.getSecrets().get("webhook_secret")).isEqualTo("********");
        simulator.registerWebhook(moyasar.secretKey(),
                service.baseUrl() + connection.getWebhookUrl().getPath(), WEBHOOK_SECRET, List.of());

        InvoicesApi invoices = new InvoicesApi(billing);
        Invoice invoice = invoices.createInvoice(new CreateInvoiceRequest()
                .customer(new CustomerInput().externalId("cus_42").name("Acme").email("billing@acme.test"))
                .currency("KWD")
                .lineItems(List.of(new LineItemInput().description("API calls").quantity("1200").unitAmount("0.0125")))
                .finalize(true), null, "order-A-1001");
        assertThat(invoice.getNumber()).isEqualTo("INV-000001");
        assertThat(invoice.getTotal()).isEqualTo("15.000");
        PaymentLink link = invoices.getOrCreatePaymentLink(invoice.getId(), null,
                new PaymentLinkRequest().providerType("moyasar"));
        assertThat(link.getUrl().toString()).startsWith(simulator.origin());

        simulator.payInvoice(link.getGatewayInvoiceId(), "4111111111111111");

        WebhookEvent paid = awaitEvent(new WebhookEventsApi(billing), "payment_paid");
        assertThat(paid.getStatus()).isEqualTo(WebhookEventStatus.PROCESSED);
        Invoice settled = invoices.getInvoice(invoice.getId(), null);
        assertThat(settled.getAmountPaid()).isEqualTo("15.000");
        assertThat(settled.getAmountRemaining()).isEqualTo("0.000");
    }

    private static ApiClient client(String header, String value) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(service.baseUrl());
        client.setRequestInterceptor(request -> request.header(header, value));
        return client;
    }

    /** Lists the received events until one of {@code type} is there, failing after {@link #WAIT}. */
    private static WebhookEvent awaitEvent(WebhookEventsApi events, String type) throws ApiException,
            InterruptedException {
        Instant deadline = Instant.now().plus(WAIT);
        while (true) {
            WebhookEventList received = events.listWebhookEvents(null, null, null, null);
            Optional<WebhookEvent> found = received.getItems().stream()
                    .filter(event -> event.getType().equals(type)).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            assertThat(Instant.now()).as("no %s event within %s: %s", type, WAIT, received.getItems())
                    .isBefore(deadline);
            Thread.sleep(50);
        }
    }
}
