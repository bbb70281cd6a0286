package dev.paybridge.moyasar.simulator;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** The {@code /_sim} control API's own JSON shapes (accounts, logs, faults), in snake_case like Moyasar's. */
final class ControlJson {

    private ControlJson() {
    }

    static ObjectNode account(SimulatedAccount account) {
        return Json.object().put("name", account.name()).put("secret_key", account.secretKey())
                .put("publishable_key", account.publishableKey()).put("live", account.live());
    }

    static ObjectNode request(ApiRequest request) {
        ObjectNode node = Json.object();
        Json.putTime(node, "received_at", request.receivedAt());
        node.put("method", request.method());
        node.put("path", request.path());
        node.put("query", request.query());
        node.set("headers", Json.stringMap(request.headers()));
        node.put("body", request.body());
        node.put("status", request.status());
        node.put("fault", request.fault());
        return node;
    }

    static ObjectNode delivery(WebhookDelivery delivery) {
        ObjectNode node = Json.object();
        node.put("event_id", delivery.eventId());
        node.put("event_type", delivery.eventType());
        node.put("url", delivery.url());
        node.put("attempt", delivery.attempt());
        node.put("status", delivery.status());
        node.put("error", delivery.error());
        node.put("delivered", delivery.delivered());
        Json.putTime(node, "attempted_at", delivery.attemptedAt());
        node.put("payload", delivery.payload());
        return node;
    }

    static ObjectNode fault(FaultRule rule) {
        ObjectNode node = Json.object();
        node.put("id", rule.id());
        node.put("method", rule.method());
        node.put("path", rule.pathPattern());
        node.put("latency_ms", rule.latency().toMillis());
        node.put("outcome", rule.outcome().name().toLowerCase(java.util.Locale.ROOT));
        if (rule.outcome() == FaultRule.Outcome.STATUS) {
            node.put("status", rule.status());
        } else {
            node.putNull("status");
        }
        node.put("retry_after_seconds", rule.retryAfter().toSeconds());
        node.put("after_processing", rule.isAfterProcessing());
        node.put("remaining", rule.remaining());
        return node;
    }
}
