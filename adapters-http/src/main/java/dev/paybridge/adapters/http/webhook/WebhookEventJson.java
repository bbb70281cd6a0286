package dev.paybridge.adapters.http.webhook;

import com.fasterxml.jackson.annotation.JsonRawValue;
import dev.paybridge.domain.webhook.WebhookEvent;

/**
 * A received gateway event as the API shows it; its payload (a JSON object that never holds the shared secret) is
 * written as it was stored, without being parsed again.
 */
record WebhookEventJson(String id, String providerType, String gatewayEventId, String type, String status,
        String reviewReason, @JsonRawValue String payload, String receivedAt, String processedAt) {

    static WebhookEventJson of(WebhookEvent event) {
        return new WebhookEventJson(event.id().value(), event.providerType(), event.gatewayEventId(), event.type(),
                event.status().wireName(), event.reviewReason(), event.payload(), event.receivedAt().toString(),
                event.processedAt() == null ? null : event.processedAt().toString());
    }
}
