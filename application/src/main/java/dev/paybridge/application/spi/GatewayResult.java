package dev.paybridge.application.spi;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The outcome of one gateway call, as a value: it succeeded, the gateway definitely refused it, or nobody knows
 * (timeout, 5xx, 429, connection reset). UNKNOWN is never a failure: the money may have moved, so look again
 * before retrying anything that creates.
 */
public sealed interface GatewayResult<T> {

    /** The gateway did what was asked. */
    record Succeeded<T>(T value) implements GatewayResult<T> {
        public Succeeded {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public <R> R fold(Function<? super T, ? extends R> succeeded, Function<Refused<T>, ? extends R> refused,
                Function<Unknown<T>, ? extends R> unknown) {
            return succeeded.apply(value);
        }
    }

    /** The gateway answered with a definite no; nothing was done there. */
    record Refused<T>(RefusalReason reason, String message, Map<String, List<String>> fieldErrors)
            implements GatewayResult<T> {
        public Refused {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(message, "message");
            fieldErrors = Map.copyOf(fieldErrors);
        }

        @Override
        public <R> R fold(Function<? super T, ? extends R> succeeded, Function<Refused<T>, ? extends R> refused,
                Function<Unknown<T>, ? extends R> unknown) {
            return refused.apply(this);
        }

        /** The message with the gateway's field messages, for a person to read. */
        public String describe() {
            return fieldErrors.isEmpty() ? message : message + " " + fieldErrors;
        }
    }

    /** The outcome is not known: the call may or may not have taken effect at the gateway. */
    record Unknown<T>(String cause) implements GatewayResult<T> {
        public Unknown {
            Objects.requireNonNull(cause, "cause");
        }

        @Override
        public <R> R fold(Function<? super T, ? extends R> succeeded, Function<Refused<T>, ? extends R> refused,
                Function<Unknown<T>, ? extends R> unknown) {
            return unknown.apply(this);
        }
    }

    /** Why the gateway refused. */
    enum RefusalReason {
        INVALID_CREDENTIALS, INSUFFICIENT_PERMISSIONS, INVALID_REQUEST, NOT_FOUND, ACCOUNT_INACTIVE, NOT_REPRESENTABLE
    }

    static <T> GatewayResult<T> succeeded(T value) {
        return new Succeeded<>(value);
    }

    static <T> GatewayResult<T> refused(RefusalReason reason, String message) {
        return new Refused<>(reason, message, Map.of());
    }

    static <T> GatewayResult<T> unknown(String cause) {
        return new Unknown<>(cause);
    }

    /** The one way to read a result: one function per case, so no cast ever follows a type test. */
    <R> R fold(Function<? super T, ? extends R> succeeded, Function<Refused<T>, ? extends R> refused,
            Function<Unknown<T>, ? extends R> unknown);

    /** The same outcome with a succeeded value transformed. */
    default <R> GatewayResult<R> map(Function<? super T, ? extends R> mapper) {
        return fold(value -> succeeded(mapper.apply(value)),
                no -> new Refused<>(no.reason(), no.message(), no.fieldErrors()),
                unknown -> unknown(unknown.cause()));
    }
}
