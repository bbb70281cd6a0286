package dev.paybridge.bootstrap.linkpay;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.paybridge.bootstrap.testing.ApiClient;
import dev.paybridge.bootstrap.testing.ApiClient.Answer;
import dev.paybridge.bootstrap.testing.RunningService;
import dev.paybridge.bootstrap.testing.TenantFixture;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The proof that a gateway is a plugin: LinkPay, deliberately unlike Moyasar (its own word for an open link, an HMAC
 * signature header instead of a token in the body, our reference in a field of its own, decimal amounts, European
 * currencies), built as its own jar against the SPI and dropped into PAYBRIDGE_PLUGINS_DIR, runs the whole flow.
 */
class SecondGatewayIT {
    private static final String API_KEY = "lp_test_4eC39HqLyjWDarjtT1zdp7dc";
    private static final String SIGNING_SECRET = "whsec_5WbX5kEWLlfzsGNjH64I8lOOqUB";
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static FakeLinkPay linkPay;
    private static RunningService service;
    private static ApiClient api;

    @BeforeAll
    static void start() {
        Path plugins = Path.of(System.getProperty("paybridge.testPluginsDir", "target/test-plugins"));
        assertThat(plugins.resolve("example-plugin.jar")).as("built by the example-plugin module").exists();
        linkPay = FakeLinkPay.start(API_KEY, SIGNING_SECRET);
        service = RunningService.start(Map.of("PAYBRIDGE_PLUGINS_DIR", plugins.toString(),
                "PAYBRIDGE_LINKPAY_BASE_URL", linkPay.baseUrl(), "PAYBRIDGE_RECONCILE_INTERVAL", "1s"));
        api = TenantFixture.create(service, "Acme Europe").sandbox();
        Answer connection = api.post("/v1/connections", """
                {"name": "LinkPay EU", "provider_type": "linkpay",
                 "encrypted_secret_data": {"api_key": "%s", "signing_secret": "%s"},
                 "metadata": {"success_url": "https://shop.test/ok"}}""".formatted(API_KEY, SIGNING_SECRET));
        assertThat(connection.status()).as(connection.toString()).isEqualTo(201);
        assertThat(connection.json().at("/secrets/api_key").asText()).isEqualTo("lp_test_****p7dc");
        assertThat(connection.json().at("/secrets/signing_secret").asText()).isEqualTo("********");
        assertThat(connection.text("mode")).isEqualTo("test");
        linkPay.deliverWebhooksTo(service.baseUrl() + URI.create(connection.text("webhook_url")).getPath());
    }

    @AfterAll
    static void stop() {
        service.close();
        linkPay.close();
    }

    @Test
    void the_plugin_is_loaded_from_the_plugins_directory_and_its_connection_works() {
        Answer test = api.post("/v1/connections/" + connectionId() + "/test", null);
        assertThat(test.json().get("ok").asBoolean()).as(test.toString()).isTrue();
        Answer automatic = TenantFixture.create(service, "Automatic").sandbox().post("/v1/connections", """
                {"name": "LinkPay", "provider_type": "linkpay", "webhook_setup": "automatic",
                 "encrypted_secret_data": {"api_key": "%s"}}""".formatted(API_KEY));
        assertThat(automatic.status()).as("LinkPay's plugin has no webhook registration").isEqualTo(400);
        assertThat(automatic.json().at("/errors/webhook_setup/0").asText()).contains("cannot register webhooks");
        Answer sar = api.post("/v1/invoices", invoice("SAR", "10.00"));
        assertThat(sar.status()).isEqualTo(400);
        assertThat(sar.json().at("/errors/currency/0").asText()).contains("LinkPay");
    }

    @Test
    void a_finalized_invoice_gets_a_checkout_session_and_its_signed_webhook_pays_it() {
        String id = created(invoice("EUR", "42.50"));
        JsonNode synced = await(id, invoice -> invoice.at("/sync/state").asText().equals("synced"));
        assertThat(synced.at("/payment_link/status").asText()).as("LinkPay's own word").isEqualTo("awaiting_payment");
        assertThat(synced.at("/payment_link/provider_type").asText()).isEqualTo("linkpay");
        String session = synced.at("/payment_link/gateway_invoice_id").asText();
        assertThat(linkPay.sessionsFor(id)).hasSize(1);

        linkPay.pay(session);

        JsonNode paid = await(id, invoice -> invoice.get("payment_status").asText().equals("succeeded"));
        assertThat(paid.get("amount_paid").asText()).isEqualTo("42.50");
        assertThat(paid.at("/payment_link/status").asText()).isEqualTo("paid");
        JsonNode payments = api.get("/v1/invoices/" + id + "/payments").json();
        assertThat(payments.at("/pagination/total").asInt()).isEqualTo(1);
        assertThat(payments.at("/items/0/method/last4").asText()).isEqualTo("4242");
    }

    @Test
    void a_webhook_that_never_arrives_is_made_up_for_by_reconciliation_exactly_once() {
        String id = created(invoice("CHF", "99.95"));
        String session = await(id, invoice -> invoice.at("/sync/state").asText().equals("synced"))
                .at("/payment_link/gateway_invoice_id").asText();
        linkPay.loseNextWebhooks(1);

        linkPay.pay(session);

        JsonNode paid = await(id, invoice -> invoice.get("payment_status").asText().equals("succeeded"));
        assertThat(paid.get("amount_paid").asText()).isEqualTo("99.95");
        assertThat(api.get("/v1/invoices/" + id + "/payments").json().at("/pagination/total").asInt()).isEqualTo(1);
        assertThat(service.count("webhook_events WHERE gateway_event_id LIKE 'reconciliation:%' AND payload LIKE '%"
                + session + "%'")).isEqualTo(1);
    }

    @Test
    void voiding_cancels_the_session_at_linkpay() {
        String id = created(invoice("GBP", "12.00"));
        String session = await(id, invoice -> invoice.at("/sync/state").asText().equals("synced"))
                .at("/payment_link/gateway_invoice_id").asText();

        assertThat(api.post("/v1/invoices/" + id + "/void", null).status()).isEqualTo(200);

        Instant deadline = Instant.now().plus(WAIT);
        while (!linkPay.session(session).orElseThrow().get("state").asText().equals("cancelled")
                && Instant.now().isBefore(deadline)) {
            pause();
        }
        assertThat(linkPay.session(session).orElseThrow().get("state").asText()).isEqualTo("cancelled");
    }

    @Test
    void a_webhook_with_a_wrong_or_missing_signature_is_refused_and_not_stored() throws Exception {
        long before = service.count("webhook_events");
        String body = "{\"event_id\": \"evt_forged\", \"event_type\": \"charge.succeeded\", \"charge\": {}}";
        assertThat(linkPay.deliverForged(body, "t=" + Instant.now().getEpochSecond() + ",v1=" + "0".repeat(64)))
                .isEqualTo(401);
        assertThat(linkPay.deliverForged(body, "")).isEqualTo(401);
        assertThat(service.count("webhook_events")).isEqualTo(before);
    }

    private static String connectionId() {
        return api.get("/v1/connections?provider_type=linkpay").json().at("/items/0/id").asText();
    }

    private static String invoice(String currency, String amount) {
        return """
                {"customer": {"external_id": "cus_eu_1", "name": "Acme GmbH"}, "currency": "%s",
                 "line_items": [{"description": "Subscription", "quantity": "1", "unit_amount": "%s"}],
                 "finalize": true}""".formatted(currency, amount);
    }

    private static String created(String body) {
        Answer created = api.post("/v1/invoices", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.text("id");
    }

    private static JsonNode await(String id, Predicate<JsonNode> condition) {
        Instant deadline = Instant.now().plus(WAIT);
        JsonNode invoice = api.get("/v1/invoices/" + id).json();
        while (!condition.test(invoice) && Instant.now().isBefore(deadline)) {
            pause();
            invoice = api.get("/v1/invoices/" + id).json();
        }
        assertThat(condition.test(invoice)).as(invoice.toString()).isTrue();
        return invoice;
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }
}
