package dev.paybridge.bootstrap.webhooksetup;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.paybridge.bootstrap.testing.ApiClient;
import dev.paybridge.bootstrap.testing.ApiClient.Answer;
import dev.paybridge.bootstrap.testing.RunningService;
import dev.paybridge.bootstrap.testing.TenantFixture;
import dev.paybridge.moyasar.simulator.MoyasarSimulator;
import dev.paybridge.moyasar.simulator.SimulatedAccount;
import dev.paybridge.moyasar.simulator.SimulatorOptions;
import dev.paybridge.moyasar.simulator.Webhook;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Moyasar as it really is, end to end: webhooks that must be verified before they deliver anything. paybridge
 * registers the webhook itself (automatic) or a person does (manual); either way the verification event is answered
 * and the webhook verified, and only then can payments arrive.
 */
class WebhookSetupIT {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static MoyasarSimulator simulator;
    private static RunningService service;

    @BeforeAll
    static void start() {
        simulator = MoyasarSimulator.start(SimulatorOptions.defaults().withWebhookVerification(true)
                .withWebhookRetryDelays(List.of(Duration.ofMillis(200), Duration.ofMillis(500))));
        service = RunningService.startReachable(Map.of("PAYBRIDGE_MOYASAR_BASE_URL", simulator.baseUrl(),
                "PAYBRIDGE_SYNC_SWEEP_INTERVAL", "200ms", "PAYBRIDGE_SYNC_FIRST_RETRY", "200ms"));
    }

    @AfterAll
    static void stop() {
        service.close();
        simulator.close();
    }

    @Test
    void an_automatic_connection_needs_only_the_secret_key_registers_verifies_and_gets_paid() throws Exception {
        SimulatedAccount account = simulator.createAccount();
        ApiClient api = TenantFixture.create(service, "Seed").sandbox();
        Answer created = api.post("/v1/connections", """
                {"name": "Moyasar", "provider_type": "moyasar", "webhook_setup": "automatic",
                 "encrypted_secret_data": {"secret_key": "%s"}}""".formatted(account.secretKey()));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().at("/webhook/setup").asText()).isEqualTo("automatic");
        assertThat(created.json().at("/secrets/webhook_secret").asText()).as("generated, shown masked")
                .isEqualTo("********");
        String id = created.text("id");

        JsonNode verified = awaitConnection(api, id, c -> c.at("/webhook/state").asText().equals("verified"));
        String webhookId = verified.at("/webhook/gateway_webhook_id").asText();
        Webhook atMoyasar = simulator.webhook(webhookId).orElseThrow();
        assertThat(atMoyasar.url()).isEqualTo(created.text("webhook_url"));
        assertThat(atMoyasar.verified()).isTrue();
        assertThat(simulator.webhooks(account.secretKey())).as("registered once").hasSize(1);
        assertThat(verified.at("/webhook/events").findValuesAsText("")).isEmpty();
        assertThat(verified.at("/webhook/events")).extracting(JsonNode::asText).contains("payment_paid");
        assertThat(verified.at("/webhook/verified_at").isNull()).isFalse();
        JsonNode challenge = api.get("/v1/webhook-events").json().at("/items/0");
        assertThat(challenge.get("type").asText()).isEqualTo("webhook_verification");
        assertThat(challenge.get("status").asText()).isEqualTo("processed");
        assertThat(challenge.get("payload").toString()).doesNotContain("verification_code", atMoyasar.sharedSecret());

        String invoice = api.post("/v1/invoices", """
                {"customer": {"external_id": "cus_1"}, "currency": "SAR", "finalize": true,
                 "line_items": [{"description": "Plan", "quantity": "1", "unit_amount": "45.00"}]}""").text("id");
        JsonNode synced = awaitInvoice(api, invoice, i -> i.at("/sync/state").asText().equals("synced"));
        assertThat(payOnCheckoutPage(synced.at("/payment_link/url").asText())).as("no success_url: the page says paid")
                .isEqualTo(200);

        JsonNode paid = awaitInvoice(api, invoice, i -> i.get("payment_status").asText().equals("succeeded"));
        assertThat(paid.get("amount_paid").asText()).isEqualTo("45.00");
        assertThat(api.get("/v1/webhook-events?status=processed").json().findValuesAsText("type"))
                .contains("payment_paid");
        assertThat(api.get("/v1/connections/" + id).json().at("/webhook/last_event_at").isNull()).isFalse();
    }

    @Test
    void a_verification_event_with_a_wrong_secret_changes_nothing() {
        SimulatedAccount account = simulator.createAccount();
        ApiClient api = TenantFixture.create(service, "Forged").sandbox();
        Answer created = api.post("/v1/connections", """
                {"name": "Moyasar", "provider_type": "moyasar",
                 "encrypted_secret_data": {"secret_key": "%s", "webhook_secret": "whsec_manual_secret_1"}}"""
                .formatted(account.secretKey()));
        long events = service.count("webhook_events");
        Answer forged = service.anonymous().post(URI.create(created.text("webhook_url")).getPath(), """
                {"id": "evt-forged-verification", "type": "webhook_verification", "secret_token": "not-the-secret",
                 "data": {"webhook_id": "c4bc1b36-0000-4000-8000-000000000009", "verification_code": "123456"}}""");
        assertThat(forged.status()).isEqualTo(401);
        assertThat(service.count("webhook_events")).isEqualTo(events);
        JsonNode connection = api.get("/v1/connections/" + created.text("id")).json();
        assertThat(connection.at("/webhook/state").asText()).isEqualTo("unconfirmed");
        assertThat(connection.at("/webhook/gateway_webhook_id").isNull()).isTrue();
        assertThat(service.count("gateway_jobs WHERE kind = 'webhook_challenge' AND subject = '"
                + created.text("id") + "'")).isZero();
    }

    @Test
    void a_webhook_a_person_registers_is_verified_by_paybridge_too() {
        SimulatedAccount account = simulator.createAccount();
        ApiClient api = TenantFixture.create(service, "Manual").sandbox();
        Answer created = api.post("/v1/connections", """
                {"name": "Moyasar", "provider_type": "moyasar",
                 "encrypted_secret_data": {"secret_key": "%s", "webhook_secret": "whsec_manual_secret_2"}}"""
                .formatted(account.secretKey()));
        assertThat(created.json().at("/webhook/setup").asText()).isEqualTo("manual");
        assertThat(created.json().at("/webhook/state").asText()).isEqualTo("unconfirmed");
        Webhook registered = simulator.registerWebhook(account.secretKey(), created.text("webhook_url"),
                "whsec_manual_secret_2", List.of("payment_paid"));

        JsonNode verified = awaitConnection(api, created.text("id"),
                c -> c.at("/webhook/state").asText().equals("verified"));
        assertThat(verified.at("/webhook/gateway_webhook_id").asText()).isEqualTo(registered.id());
        assertThat(simulator.webhook(registered.id()).orElseThrow().verified()).isTrue();

        Answer again = api.post("/v1/connections/" + created.text("id") + "/webhook/setup", null);
        assertThat(again.status()).as(again.toString()).isEqualTo(202);
    }

    @Test
    void rotating_the_secret_updates_the_gateway_webhook_and_archiving_deletes_it() {
        SimulatedAccount account = simulator.createAccount();
        ApiClient api = TenantFixture.create(service, "Rotate").sandbox();
        String id = api.post("/v1/connections", """
                {"name": "Moyasar", "provider_type": "moyasar", "webhook_setup": "automatic",
                 "encrypted_secret_data": {"secret_key": "%s", "webhook_secret": "whsec_given_secret_1"}}"""
                .formatted(account.secretKey())).text("id");
        String webhookId = awaitConnection(api, id, c -> c.at("/webhook/state").asText().equals("verified"))
                .at("/webhook/gateway_webhook_id").asText();
        assertThat(simulator.webhook(webhookId).orElseThrow().sharedSecret()).as("the given secret is the one registered")
                .isEqualTo("whsec_given_secret_1");

        Answer rotated = api.put("/v1/connections/" + id,
                "{\"encrypted_secret_data\": {\"webhook_secret\": \"whsec_rotated_secret_2\"}}");
        assertThat(rotated.status()).as(rotated.toString()).isEqualTo(200);
        await(() -> simulator.webhook(webhookId).orElseThrow().sharedSecret(), "whsec_rotated_secret_2"::equals);
        assertThat(simulator.webhooks(account.secretKey())).hasSize(1);

        assertThat(api.delete("/v1/connections/" + id).status()).isEqualTo(204);
        await(() -> simulator.webhook(webhookId).isPresent(), present -> !present);
    }

    @Test
    void a_gateway_whose_plugin_cannot_register_webhooks_refuses_automatic_set_up() {
        ApiClient api = TenantFixture.create(service, "Bad setup").sandbox();
        Answer refused = api.post("/v1/connections", """
                {"name": "Moyasar", "provider_type": "moyasar", "webhook_setup": "sometimes",
                 "encrypted_secret_data": {"secret_key": "sk_test_abcdefgh12345678"}}""");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().at("/errors/webhook_setup/0").asText()).contains("manual or automatic");
    }

    private static int payOnCheckoutPage(String url) throws Exception {
        String form = "name=Test+Payer&number=4111111111111111&month=12&year=" + (Instant.now().atZone(
                java.time.ZoneOffset.UTC).getYear() + 2) + "&cvc=123";
        HttpRequest post = HttpRequest.newBuilder(URI.create(url)).header("Content-Type",
                "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build();
        return HttpClient.newHttpClient().send(post, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static JsonNode awaitConnection(ApiClient api, String id, Predicate<JsonNode> condition) {
        return await(() -> api.get("/v1/connections/" + id).json(), condition);
    }

    private static JsonNode awaitInvoice(ApiClient api, String id, Predicate<JsonNode> condition) {
        return await(() -> api.get("/v1/invoices/" + id).json(), condition);
    }

    private static <T> T await(Supplier<T> read, Predicate<T> condition) {
        Instant deadline = Instant.now().plus(WAIT);
        T value = read.get();
        while (!condition.test(value) && Instant.now().isBefore(deadline)) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(interrupted);
            }
            value = read.get();
        }
        assertThat(condition.test(value)).as(String.valueOf(value)).isTrue();
        return value;
    }
}
