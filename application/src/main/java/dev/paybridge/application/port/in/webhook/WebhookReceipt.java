package dev.paybridge.application.port.in.webhook;

import java.util.Objects;

/** How a webhook delivery was answered: stored (new or a duplicate), malformed, or not authentic. */
public sealed interface WebhookReceipt {

    /** Stored, now or before; the gateway may stop delivering it. */
    record Stored(boolean duplicate) implements WebhookReceipt {
    }

    /** Not a well-formed delivery; nothing stored. */
    record Malformed(String field, String message) implements WebhookReceipt {
        public Malformed {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(message, "message");
        }
    }

    /** Not provably from the gateway for this tenant environment; nothing stored. */
    record Unauthenticated() implements WebhookReceipt {
    }
}
