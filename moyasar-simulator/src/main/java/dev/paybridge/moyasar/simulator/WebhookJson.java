package dev.paybridge.moyasar.simulator;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;

/** Webhook objects and the event envelope Moyasar POSTs to them. */
final class WebhookJson {

    private WebhookJson() {
    }

    static ObjectNode of(Webhook webhook) {
        ObjectNode node = Json.object();
        node.put("id", webhook.id());
        node.put("http_method", webhook.httpMethod());
        node.put("url", webhook.url());
        Json.putTime(node, "created_at", webhook.createdAt());
        ArrayNode events = node.putArray("events");
        webhook.events().forEach(events::add);
        return node;
    }

    static ObjectNode list(List<Webhook> webhooks) {
        ObjectNode node = Json.object();
        ArrayNode items = node.putArray("webhooks");
        webhooks.forEach(webhook -> items.add(of(webhook)));
        return node;
    }

    static ObjectNode event(String id, String type, Instant createdAt, String secretToken, SimulatedAccount account,
                            Payment payment) {
        ObjectNode node = Json.object();
        node.put("id", id);
        node.put("type", type);
        Json.putTime(node, "created_at", createdAt);
        node.put("secret_token", secretToken);
        node.put("account_name", account.name());
        node.put("live", account.live());
        node.set("data", PaymentJson.of(payment));
        return node;
    }
}
