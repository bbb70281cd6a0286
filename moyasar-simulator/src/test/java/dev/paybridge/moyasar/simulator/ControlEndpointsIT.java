package dev.paybridge.moyasar.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ControlEndpointsIT {

    private static MoyasarSimulator simulator;
    private static SimulatorHttp http;

    @BeforeAll
    static void start() {
        simulator = MoyasarSimulator.start();
        http = new SimulatorHttp(simulator);
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    @Test
    void reports_health_and_the_base_url() {
        JsonNode health = http.get("/_sim/health", null).json();

        assertThat(health.get("status").asText()).isEqualTo("ok");
        assertThat(health.get("base_url").asText()).isEqualTo(simulator.baseUrl());
    }

    @Test
    void creates_random_explicit_and_live_accounts() {
        JsonNode random = http.post("/_sim/accounts", null, "{}").json();
        JsonNode explicit = http.post("/_sim/accounts", null,
                "{\"secret_key\":\"sk_test_ctl1\",\"publishable_key\":\"pk_test_ctl1\",\"name\":\"Shop\"}").json();
        JsonNode live = http.post("/_sim/accounts", null, "{\"live\":true}").json();

        assertThat(random.get("secret_key").asText()).startsWith("sk_test_");
        assertThat(random.get("publishable_key").asText()).startsWith("pk_test_");
        assertThat(explicit.get("name").asText()).isEqualTo("Shop");
        assertThat(live.get("live").asBoolean()).isTrue();
        assertThat(http.get("/v1/invoices", random.get("secret_key").asText()).status()).isEqualTo(200);
        assertThat(http.get("/_sim/accounts", null).json().get("accounts").size()).isGreaterThanOrEqualTo(4);
    }

    @Test
    void pays_fails_expires_and_inspects_invoices() {
        String key = simulator.createAccount().secretKey();
        String paid = invoice(key);
        String failed = invoice(key);
        String expired = invoice(key);

        SimulatorHttp.Answer payment = http.post("/_sim/invoices/" + paid + "/pay", null,
                "{\"card_number\":\"4201320111111010\"}");
        SimulatorHttp.Answer decline = http.post("/_sim/invoices/" + failed + "/fail", null,
                "{\"card_number\":\"4123120001090000\"}");
        SimulatorHttp.Answer expiry = http.post("/_sim/invoices/" + expired + "/expire", null, null);

        assertThat(payment.status()).isEqualTo(201);
        assertThat(payment.json().at("/source/company").asText()).isEqualTo("mada");
        assertThat(decline.json().at("/source/message").asText()).isEqualTo("INSUFFICIENT FUNDS");
        assertThat(expiry.json().get("status").asText()).isEqualTo("expired");
        assertThat(http.get("/_sim/invoices/" + paid, null).json().get("status").asText()).isEqualTo("paid");
        assertThat(http.get("/_sim/invoices?secret_key=" + key, null).json().get("invoices")).hasSize(3);
        assertThat(http.post("/_sim/invoices/" + paid + "/pay", null, null).status()).isEqualTo(400);
        assertThat(http.post("/_sim/invoices/" + failed + "/fail", null, "{\"card_number\":\"4111111111111111\"}")
                .status()).isEqualTo(400);
        assertThat(http.get("/_sim/invoices/unknown", null).status()).isEqualTo(404);
    }

    @Test
    void refunds_voids_and_captures_payments() {
        String key = simulator.createAccount().secretKey();
        String refunded = http.post("/_sim/invoices/" + invoice(key) + "/pay", null, null).json().get("id").asText();
        String voided = http.post("/_sim/invoices/" + invoice(key) + "/pay", null, null).json().get("id").asText();
        String authorized = http.post("/_sim/invoices/" + invoice(key) + "/authorize", null, null)
                .json().get("id").asText();

        JsonNode partial = http.post("/_sim/payments/" + refunded + "/refund", null, "{\"amount\":100}").json();
        JsonNode full = http.post("/_sim/payments/" + refunded + "/refund", null, null).json();
        JsonNode voidedPayment = http.post("/_sim/payments/" + voided + "/void", null, null).json();
        JsonNode captured = http.post("/_sim/payments/" + authorized + "/capture", null, null).json();

        assertThat(partial.get("refunded").asLong()).isEqualTo(100);
        assertThat(full.get("status").asText()).isEqualTo("refunded");
        assertThat(voidedPayment.get("status").asText()).isEqualTo("voided");
        assertThat(captured.get("status").asText()).isEqualTo("captured");
        assertThat(http.get("/_sim/payments?secret_key=" + key, null).json().get("payments")).hasSize(3);
        assertThat(http.get("/_sim/payments/" + voided, null).json().get("voided_at").isNull()).isFalse();
    }

    @Test
    void adds_lists_and_removes_api_faults() {
        String key = simulator.createAccount().secretKey();
        JsonNode fault = http.post("/_sim/faults", null,
                "{\"method\":\"GET\",\"path\":\"/v1/invoices\",\"status\":503,\"latency_ms\":50,\"times\":1}").json();

        assertThat(fault.get("id").asText()).startsWith("fault_");
        assertThat(fault.get("remaining").asInt()).isEqualTo(1);
        assertThat(http.get("/_sim/faults", null).json().get("faults")).hasSize(1);
        assertThat(http.get("/v1/invoices", key).status()).isEqualTo(503);
        assertThat(http.get("/v1/invoices", key).status()).isEqualTo(200);
        assertThat(http.post("/_sim/faults", null, "{\"path\":\"/v1/invoices\",\"status\":200}").status())
                .isEqualTo(400);
        assertThat(http.delete("/_sim/faults/" + fault.get("id").asText(), null).status()).isEqualTo(204);
        http.post("/_sim/faults", null, "{\"path\":\"/v1/**\",\"drop\":true}");
        assertThat(http.delete("/_sim/faults", null).status()).isEqualTo(204);
        assertThat(http.get("/_sim/faults", null).json().get("faults")).isEmpty();
    }

    @Test
    void drives_webhook_faults_and_shows_deliveries() {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            String key = simulator.createAccount().secretKey();
            SimulatorHttp.Answer webhook = http.post("/_sim/webhooks", null, SimulatorHttp.JSON.createObjectNode()
                    .put("secret_key", key).put("url", receiver.url()).put("shared_secret", "s"));
            assertThat(webhook.status()).isEqualTo(201);
            assertThat(http.post("/_sim/webhook-faults", null, "{\"action\":\"duplicate\",\"count\":1}").status())
                    .isEqualTo(204);

            http.post("/_sim/invoices/" + invoice(key) + "/pay", null, null);

            assertThat(receiver.await(2, Duration.ofSeconds(5))).hasSize(2);
            String eventId = receiver.received().get(0).json().get("id").asText();
            JsonNode deliveries = awaitDeliveries(eventId, 2);
            assertThat(deliveries).hasSize(2);
            assertThat(deliveries.get(0).get("delivered").asBoolean()).isTrue();
            assertThat(http.post("/_sim/webhook-faults", null, "{\"action\":\"explode\"}").status()).isEqualTo(400);
            assertThat(http.delete("/_sim/webhook-faults", null).status()).isEqualTo(204);
        }
    }

    @Test
    void shows_and_clears_the_request_log_with_filters() {
        String key = simulator.createAccount().secretKey();
        invoice(key);
        http.get("/v1/invoices", key);

        JsonNode posts = http.get("/_sim/requests?method=POST&path=/v1/invoices", null).json().get("requests");

        assertThat(posts).isNotEmpty();
        assertThat(posts).allSatisfy(request -> assertThat(request.get("method").asText()).isEqualTo("POST"));
        assertThat(posts.get(posts.size() - 1).get("status").asInt()).isEqualTo(201);
        assertThat(posts.get(posts.size() - 1).at("/headers/Authorization").asText()).isEqualTo("Basic sk_test_…");
        assertThat(http.delete("/_sim/requests", null).status()).isEqualTo(204);
        assertThat(http.get("/_sim/requests", null).json().get("requests")).isEmpty();
    }

    private static String invoice(String key) {
        return http.post("/v1/invoices", key, Bodies.invoice()).json().get("id").asText();
    }

    private static JsonNode awaitDeliveries(String eventId, int count) {
        Instant deadline = Instant.now().plusSeconds(5);
        JsonNode deliveries = http.get("/_sim/webhook-deliveries?event_id=" + eventId, null).json().get("deliveries");
        while (deliveries.size() < count && Instant.now().isBefore(deadline)) {
            deliveries = http.get("/_sim/webhook-deliveries?event_id=" + eventId, null).json().get("deliveries");
        }
        return deliveries;
    }

}
