package dev.paybridge.application.spi;

import java.util.Objects;

/** The verdict on one webhook delivery: authentic and parsed, malformed (400), or not authentic (401). */
public sealed interface WebhookVerification {

    /** Authentic: apply the event. */
    record Verified(GatewayEvent event) implements WebhookVerification {
        public Verified {
            Objects.requireNonNull(event, "event");
        }
    }

    /** Not a well-formed delivery; {@code field} is the JSON path at fault. Nothing is stored. */
    record Malformed(String field, String message) implements WebhookVerification {
        public Malformed {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(message, "message");
        }
    }

    /** Well-formed but not provably from the gateway (wrong secret, bad signature, wrong mode). Nothing is stored. */
    record Unauthenticated(String reason) implements WebhookVerification {
        public Unauthenticated {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
