package dev.paybridge.application.spi;

import java.util.Objects;
import java.util.function.Function;

/** The verdict on one webhook delivery: authentic and parsed, malformed (400), or not authentic (401). */
public sealed interface WebhookVerification {

    /** The one way to read a verdict: one function per case. */
    <R> R fold(Function<Verified, R> verified, Function<Malformed, R> malformed,
            Function<Unauthenticated, R> unauthenticated);

    /** Authentic: store and apply the event. */
    record Verified(GatewayEvent event) implements WebhookVerification {
        public Verified {
            Objects.requireNonNull(event, "event");
        }

        @Override
        public <R> R fold(Function<Verified, R> verified, Function<Malformed, R> malformed,
                Function<Unauthenticated, R> unauthenticated) {
            return verified.apply(this);
        }
    }

    /** Not a well-formed delivery; {@code field} is the JSON path at fault. Nothing is stored. */
    record Malformed(String field, String message) implements WebhookVerification {
        public Malformed {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(message, "message");
        }

        @Override
        public <R> R fold(Function<Verified, R> verified, Function<Malformed, R> malformed,
                Function<Unauthenticated, R> unauthenticated) {
            return malformed.apply(this);
        }
    }

    /** Well-formed but not provably from the gateway (wrong secret, bad signature, wrong mode). Nothing is stored. */
    record Unauthenticated(String reason) implements WebhookVerification {
        public Unauthenticated {
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public <R> R fold(Function<Verified, R> verified, Function<Malformed, R> malformed,
                Function<Unauthenticated, R> unauthenticated) {
            return unauthenticated.apply(this);
        }
    }
}
