package dev.paybridge.application.port.in.webhook;

import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * How a webhook delivery was answered: stored and applied (new or a duplicate), malformed, not authentic, or stored
 * but not applied (the gateway must deliver it again).
 */
public sealed interface WebhookReceipt {

    /** The one way to read a receipt: one function per case. */
    <R> R fold(Function<Stored, R> stored, Function<Malformed, R> malformed, Supplier<R> unauthenticated,
            Function<NotApplied, R> notApplied);

    /** Stored and applied, now or before; the gateway may stop delivering it. */
    record Stored(boolean duplicate) implements WebhookReceipt {
        @Override
        public <R> R fold(Function<Stored, R> stored, Function<Malformed, R> malformed, Supplier<R> unauthenticated,
                Function<NotApplied, R> notApplied) {
            return stored.apply(this);
        }
    }

    /** Not a well-formed delivery ({@code field} is the path in the delivery's body at fault); nothing stored. */
    record Malformed(String field, String message) implements WebhookReceipt {
        public Malformed {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(message, "message");
        }

        @Override
        public <R> R fold(Function<Stored, R> stored, Function<Malformed, R> malformed, Supplier<R> unauthenticated,
                Function<NotApplied, R> notApplied) {
            return malformed.apply(this);
        }
    }

    /** Not provably from the gateway for this tenant environment; nothing stored. */
    record Unauthenticated() implements WebhookReceipt {
        @Override
        public <R> R fold(Function<Stored, R> stored, Function<Malformed, R> malformed, Supplier<R> unauthenticated,
                Function<NotApplied, R> notApplied) {
            return unauthenticated.get();
        }
    }

    /** Stored as failed, not applied: the gateway must deliver it again, and the next delivery applies it. */
    record NotApplied(String eventId) implements WebhookReceipt {
        public NotApplied {
            Objects.requireNonNull(eventId, "eventId");
        }

        @Override
        public <R> R fold(Function<Stored, R> stored, Function<Malformed, R> malformed, Supplier<R> unauthenticated,
                Function<NotApplied, R> notApplied) {
            return notApplied.apply(this);
        }
    }
}
