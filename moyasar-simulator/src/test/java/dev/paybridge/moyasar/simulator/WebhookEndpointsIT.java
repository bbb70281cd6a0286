package dev.paybridge.moyasar.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class WebhookEndpointsIT extends SimulatorFixture {

    static final String SHARED_SECRET = "whsec_shared";
    private static final String URL = "https://merchant.example/moyasar/webhooks";

    @Test
    void creates_a_webhook_verified_from_the_start_without_verification_mode() {
        SimulatorHttp.Answer created = http.post("/v1/webhooks", account.secretKey(), webhook(URL));

        assertThat(created.status()).isEqualTo(201);
        JsonNode webhook = created.json();
        assertThat(InvoiceEndpointsIT.fieldNames(webhook))
                .containsExactly("id", "http_method", "url", "created_at", "events", "verified", "verified_at");
        assertThat(webhook.get("http_method").asText()).isEqualTo("post");
        assertThat(webhook.get("events")).hasSize(2);
        assertThat(webhook.get("verified").asBoolean()).isTrue();
        assertThat(webhook.get("verified_at").asText()).isEqualTo(webhook.get("created_at").asText());
        assertThat(webhook.has("shared_secret")).isFalse();
    }

    @Test
    void lists_fetches_and_deletes_webhooks() {
        String first = http.post("/v1/webhooks", account.secretKey(), webhook(URL)).json().get("id").asText();
        String second = http.post("/v1/webhooks", account.secretKey(), webhook(URL + "/2")).json().get("id").asText();

        JsonNode list = http.get("/v1/webhooks", account.secretKey()).json();
        SimulatorHttp.Answer deleted = http.delete("/v1/webhooks/" + first, account.secretKey());

        assertThat(list.get("webhooks")).extracting(node -> node.get("id").asText()).containsExactly(first, second);
        assertThat(http.get("/v1/webhooks/" + second, account.secretKey()).json().get("url").asText())
                .isEqualTo(URL + "/2");
        assertThat(deleted.status()).isEqualTo(204);
        assertThat(deleted.body()).isEmpty();
        assertThat(http.get("/v1/webhooks/" + first, account.secretKey()).status()).isEqualTo(404);
        assertThat(http.delete("/v1/webhooks/" + first, account.secretKey()).status()).isEqualTo(404);
        assertThat(simulator.webhooks(account.secretKey())).extracting(Webhook::id).containsExactly(second);
    }

    @Test
    void updates_the_fields_given_and_keeps_the_others() {
        String id = http.post("/v1/webhooks", account.secretKey(), webhook(URL)).json().get("id").asText();
        ObjectNode update = SimulatorHttp.JSON.createObjectNode().put("url", URL + "/v2").put("shared_secret", "s2")
                .put("http_method", "PUT");
        update.putArray("events").add("payment_refunded");

        SimulatorHttp.Answer answer = http.put("/v1/webhooks/" + id, account.secretKey(), update);
        SimulatorHttp.Answer onlyUrl = http.put("/v1/webhooks/" + id, account.secretKey(), "{\"url\":\"" + URL + "\"}");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("url").asText()).isEqualTo(URL + "/v2");
        assertThat(answer.json().get("http_method").asText()).isEqualTo("put");
        assertThat(answer.json().get("events")).extracting(JsonNode::asText).containsExactly("payment_refunded");
        assertThat(onlyUrl.json().get("events")).extracting(JsonNode::asText).containsExactly("payment_refunded");
        Webhook stored = simulator.webhook(id).orElseThrow();
        assertThat(stored.sharedSecret()).isEqualTo("s2");
        assertThat(stored.url()).isEqualTo(URL);
        assertThat(stored.verified()).isTrue();
    }

    @Test
    void refuses_an_invalid_update_and_an_unknown_or_foreign_webhook() {
        String id = http.post("/v1/webhooks", account.secretKey(), webhook(URL)).json().get("id").asText();
        SimulatedAccount other = simulator.createAccount();

        SimulatorHttp.Answer invalid = http.put("/v1/webhooks/" + id, account.secretKey(),
                "{\"url\":\"ftp://x\",\"shared_secret\":\"\",\"events\":[\"payment_teleported\"],\"http_method\":\"get\"}");

        assertThat(invalid.status()).isEqualTo(400);
        assertThat(InvoiceEndpointsIT.fieldNames(invalid.json().get("errors")))
                .containsExactlyInAnyOrder("url", "shared_secret", "events", "http_method");
        assertThat(simulator.webhook(id).orElseThrow().url()).isEqualTo(URL);
        assertThat(http.put("/v1/webhooks/" + id, other.secretKey(), "{}").status()).isEqualTo(404);
        assertThat(http.get("/v1/webhooks/" + id, other.secretKey()).status()).isEqualTo(404);
        assertThat(http.delete("/v1/webhooks/" + id, other.secretKey()).status()).isEqualTo(404);
    }

    @Test
    void lists_the_available_events() {
        SimulatorHttp.Answer answer = http.get("/v1/webhooks/available_events", account.secretKey());

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("events")).extracting(JsonNode::asText).startsWith("payment_paid",
                "payment_failed").contains("payment_refunded", "payment_voided", "payment_authorized",
                "payment_captured", "payment_verified").doesNotContain("payment_faild");
    }

    @Test
    void a_verified_webhook_answers_verify_as_it_is_and_has_no_code_to_resend() {
        String id = http.post("/v1/webhooks", account.secretKey(), webhook(URL)).json().get("id").asText();

        SimulatorHttp.Answer verify = http.post("/v1/webhooks/" + id + "/verify", account.secretKey(),
                "{\"code\":\"000000\"}");
        SimulatorHttp.Answer resend = http.post("/v1/webhooks/" + id + "/resend_verification", account.secretKey(),
                null);

        assertThat(verify.status()).isEqualTo(200);
        assertThat(verify.json().get("verified").asBoolean()).isTrue();
        assertThat(resend.status()).isEqualTo(400);
        assertThat(simulator.verificationCode(id)).isEmpty();
    }

    @Test
    void every_webhook_endpoint_wants_a_secret_key() {
        String id = http.post("/v1/webhooks", account.secretKey(), webhook(URL)).json().get("id").asText();
        String key = account.publishableKey();

        for (SimulatorHttp.Answer answer : List.of(http.get("/v1/webhooks", key),
                http.get("/v1/webhooks/available_events", key), http.get("/v1/webhooks/" + id, key),
                http.post("/v1/webhooks", key, webhook(URL)), http.put("/v1/webhooks/" + id, key, "{}"),
                http.delete("/v1/webhooks/" + id, key), http.post("/v1/webhooks/" + id + "/verify", key,
                        "{\"code\":\"1\"}"), http.post("/v1/webhooks/" + id + "/resend_verification", key, null))) {
            assertThat(answer.status()).isEqualTo(403);
        }
        assertThat(http.get("/v1/webhooks/available_events", null).status()).isEqualTo(401);
    }

    static ObjectNode webhook(String url) {
        ObjectNode body = SimulatorHttp.JSON.createObjectNode().put("url", url).put("http_method", "post")
                .put("shared_secret", SHARED_SECRET);
        body.putArray("events").add("payment_paid").add("payment_failed");
        return body;
    }
}
