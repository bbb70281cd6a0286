package dev.paybridge.domain.id;

import java.util.Optional;
import java.util.function.Function;

/** Shared checks for the prefixed id records of the model. */
public final class TypedId {
    private TypedId() {
    }

    public static String require(String value, String prefix) {
        if (value == null) {
            throw new NullPointerException(prefix + " id");
        }
        if (!RandomIds.isWellFormed(value, prefix)) {
            throw new IllegalArgumentException("not a " + prefix + " id: " + value);
        }
        return value;
    }

    /** Parses outside input: a malformed id simply names nothing, so it yields empty. */
    public static <T> Optional<T> parse(String value, String prefix, Function<String, T> constructor) {
        return RandomIds.isWellFormed(value, prefix) ? Optional.of(constructor.apply(value)) : Optional.empty();
    }
}
