package dev.paybridge.adapters.http.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import dev.paybridge.adapters.http.support.Json;
import dev.paybridge.domain.webhook.WebhookEvent;
import java.io.IOException;
import java.io.UncheckedIOException;

/** A received gateway event as the API shows it; its payload never holds the shared secret. */
record WebhookEventJson(String id, String providerType, String gatewayEventId, String type, String status,
        String reviewReason, JsonNode payload, String receivedAt, String processedAt) {

    static WebhookEventJson of(WebhookEvent event) {
        return new WebhookEventJson(event.id().value(), event.providerType(), event.gatewayEventId(), event.type(),
                event.status().wireName(), event.reviewReason(), payload(event.payload()),
                event.receivedAt().toString(), event.processedAt() == null ? null : event.processedAt().toString());
    }

    private static JsonNode payload(String json) {
        try {
            return Json.MAPPER.readTree(json);
        } catch (IOException stored) {
            throw new UncheckedIOException("a stored event payload is not JSON", stored);
        }
    }
}
