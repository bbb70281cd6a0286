package dev.paybridge.moyasar.simulator;

import java.time.Instant;

/**
 * One webhook (or invoice callback) delivery attempt: status is the receiver's HTTP status or null, error
 * describes a transport failure, a timeout or a fault that dropped the delivery.
 */
public record WebhookDelivery(String eventId, String eventType, String url, int attempt, Integer status,
                              String error, Instant attemptedAt, String payload) {

    /** Whether the receiver answered 2xx. */
    public boolean delivered() {
        return status != null && status >= 200 && status < 300;
    }
}
