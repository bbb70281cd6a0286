package dev.paybridge.moyasar.simulator;

import java.time.Instant;
import java.util.List;

/**
 * A snapshot of a webhook registered on an account: where and how events are delivered, which ones, and whether
 * it is verified (an unverified webhook receives nothing but its verification event).
 */
public record Webhook(String id, String url, String httpMethod, String sharedSecret, List<String> events,
                      Instant createdAt, boolean verified, Instant verifiedAt) {

    public Webhook {
        events = List.copyOf(events);
    }

    /** Whether an event of this wire type goes to this webhook (both failed spellings match either). */
    public boolean subscribesTo(String eventType) {
        if (events.contains(eventType)) {
            return true;
        }
        boolean failed = eventType.equals(WebhookEvents.PAYMENT_FAILED)
                || eventType.equals(WebhookEvents.PAYMENT_FAILED_MISSPELLED);
        return failed && (events.contains(WebhookEvents.PAYMENT_FAILED)
                || events.contains(WebhookEvents.PAYMENT_FAILED_MISSPELLED));
    }
}
