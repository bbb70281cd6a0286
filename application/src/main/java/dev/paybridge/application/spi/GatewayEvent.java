package dev.paybridge.application.spi;

import java.time.Instant;
import java.util.Objects;

/**
 * A verified webhook delivery: the gateway's stable event id (the key that makes it apply once), what happened,
 * the payment it concerns, and the payload as it may be stored and shown (with the shared secret removed).
 */
public record GatewayEvent(
        String eventId,
        EventType type,
        String gatewayType,
        Instant createdAt,
        GatewayPayment payment,
        String storablePayload) {
    public GatewayEvent {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(gatewayType, "gatewayType");
        Objects.requireNonNull(storablePayload, "storablePayload");
    }

    /** The kinds of event the core acts on; anything else is stored and ignored. */
    public enum EventType {
        PAYMENT_PAID, PAYMENT_CAPTURED, PAYMENT_AUTHORIZED, PAYMENT_FAILED, PAYMENT_REFUNDED, PAYMENT_VOIDED, OTHER
    }
}
