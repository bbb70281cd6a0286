package dev.paybridge.moyasar.simulator;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;

/** Webhook objects, the available events, and the event envelopes Moyasar sends to webhooks. */
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
        node.put("verified", webhook.verified());
        Json.putTime(node, "verified_at", webhook.verifiedAt());
        return node;
    }

    static ObjectNode availableEvents() {
        ObjectNode node = Json.object();
        WebhookEvents.AVAILABLE.forEach(node.putArray("events")::add);
        return node;
    }

    static ObjectNode list(List<Webhook> webhooks) {
        ObjectNode node = Json.object();
        ArrayNode items = node.putArray("webhooks");
        webhooks.forEach(webhook -> items.add(of(webhook)));
        return node;
    }

    static ObjectNode paymentEvent(String id, String type, Instant createdAt, String secretToken,
                                   SimulatedAccount account, Payment payment) {
        ObjectNode node = envelope(id, type, createdAt, secretToken, account);
        node.put("live", account.live());
        node.set("data", PaymentJson.of(payment));
        return node;
    }

    /** The {@code webhook_verification} event: no {@code live} field, the webhook id and code as data. */
    static ObjectNode verificationEvent(String id, Instant createdAt, String secretToken, SimulatedAccount account,
                                        String webhookId, String code) {
        ObjectNode node = envelope(id, WebhookEvents.WEBHOOK_VERIFICATION, createdAt, secretToken, account);
        node.putObject("data").put("webhook_id", webhookId).put("verification_code", code);
        return node;
    }

    private static ObjectNode envelope(String id, String type, Instant createdAt, String secretToken,
                                       SimulatedAccount account) {
        ObjectNode node = Json.object();
        node.put("id", id);
        node.put("type", type);
        Json.putTime(node, "created_at", createdAt);
        node.put("secret_token", secretToken);
        node.put("account_name", account.name());
        return node;
    }
}
