package dev.paybridge.domain.webhook;

import dev.paybridge.domain.tenant.Scope;
import java.time.Instant;
import java.util.Objects;

/** A gateway event as received and stored once by its gateway id, with what applying it came to. */
public record WebhookEvent(
        WebhookEventId id,
        Scope scope,
        String providerType,
        String gatewayEventId,
        String type,
        WebhookEventStatus status,
        String reviewReason,
        String payload,
        Instant receivedAt,
        Instant processedAt) {
    /** The longest gateway event id that is stored. */
    public static final int MAX_GATEWAY_EVENT_ID_LENGTH = 255;
    /** The longest gateway event type that is stored. */
    public static final int MAX_TYPE_LENGTH = 64;

    public WebhookEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(providerType, "providerType");
        Objects.requireNonNull(gatewayEventId, "gatewayEventId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(receivedAt, "receivedAt");
    }
}
