package dev.paybridge.moyasar.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The webhook API examples of Moyasar's docs, replayed against the simulator (fixtures under fidelity/). */
class WebhookFidelityIT extends SimulatorFixture {

    @Test
    void create_webhook() {
        DocExample example = DocExample.load("webhook-create");

        example.assertAnswer(example.replay(http, account.secretKey(), Map.of()));
    }

    @Test
    void list_webhooks() {
        documentedWebhook();
        DocExample example = DocExample.load("webhook-list");

        JsonNode list = example.assertAnswer(example.replay(http, account.secretKey(), Map.of()));

        assertThat(list.get("webhooks")).hasSize(1);
    }

    @Test
    void fetch_webhook() {
        String id = documentedWebhook();
        DocExample example = DocExample.load("webhook-get");

        JsonNode webhook = example.assertAnswer(example.replay(http, account.secretKey(), Map.of("webhook_id", id)));

        assertThat(webhook.get("id").asText()).isEqualTo(id);
    }

    @Test
    void update_webhook() {
        String id = documentedWebhook();
        DocExample example = DocExample.load("webhook-update");

        example.assertAnswer(example.replay(http, account.secretKey(), Map.of("webhook_id", id)));

        assertThat(simulator.webhook(id).orElseThrow().sharedSecret()).isEqualTo("456");
    }

    @Test
    void delete_webhook() {
        String id = documentedWebhook();
        DocExample example = DocExample.load("webhook-delete");

        example.assertAnswer(example.replay(http, account.secretKey(), Map.of("webhook_id", id)));

        assertThat(simulator.webhooks(account.secretKey())).isEmpty();
    }

    @Test
    void available_events() {
        DocExample example = DocExample.load("webhook-available-events");

        JsonNode events = example.assertAnswer(example.replay(http, account.secretKey(), Map.of()));

        assertThat(events.get("events")).extracting(JsonNode::asText).containsAll(List.of("payment_refunded",
                "payment_voided", "payment_authorized", "payment_captured", "payment_verified"));
    }

    private String documentedWebhook() {
        return http.post("/v1/webhooks", account.secretKey(), DocExample.load("webhook-create").requestBody()).json()
                .get("id").asText();
    }
}
