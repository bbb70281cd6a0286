package dev.paybridge.application.spi;

import java.util.List;
import java.util.Map;
import java.util.Objects;

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
    }

    /** The gateway answered with a definite no; nothing was done there. */
    record Refused<T>(RefusalReason reason, String message, Map<String, List<String>> fieldErrors)
            implements GatewayResult<T> {
        public Refused {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(message, "message");
            fieldErrors = Map.copyOf(fieldErrors);
        }
    }

    /** The outcome is not known: the call may or may not have taken effect at the gateway. */
    record Unknown<T>(String cause) implements GatewayResult<T> {
        public Unknown {
            Objects.requireNonNull(cause, "cause");
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

    default boolean isSucceeded() {
        return this instanceof Succeeded;
    }
}
