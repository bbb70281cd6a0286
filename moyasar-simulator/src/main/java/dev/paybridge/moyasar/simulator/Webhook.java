package dev.paybridge.moyasar.simulator;

import java.time.Instant;
import java.util.List;

/** A webhook registered on an account: where and how events are delivered, and which ones. */
public record Webhook(String id, String url, String httpMethod, String sharedSecret, List<String> events,
                      Instant createdAt) {

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
