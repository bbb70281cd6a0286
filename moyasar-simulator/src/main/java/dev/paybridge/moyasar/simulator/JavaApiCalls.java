package dev.paybridge.moyasar.simulator;

import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Supplier;

/** How the Java API reports a Moyasar error: an unknown id, invalid input or a move Moyasar refuses. */
final class JavaApiCalls {

    private JavaApiCalls() {
    }

    /**
     * Runs an action, turning a 404 into {@link NoSuchElementException}, field errors into
     * {@link IllegalArgumentException} and any other refusal into {@link IllegalStateException}.
     */
    static <T> T call(Supplier<T> action) {
        try {
            return action.get();
        } catch (ApiError error) {
            if (error.status() == 404) {
                throw new NoSuchElementException(error.getMessage());
            }
            if (error.errors() != null) {
                throw new IllegalArgumentException(error.getMessage() + " " + error.errors(), error);
            }
            throw new IllegalStateException(error.getMessage(), error);
        }
    }

    /** Runs a lookup; not found is empty. */
    static <T> Optional<T> find(Supplier<T> lookup) {
        try {
            return Optional.of(lookup.get());
        } catch (ApiError notFound) {
            return Optional.empty();
        }
    }
}
