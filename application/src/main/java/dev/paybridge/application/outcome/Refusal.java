package dev.paybridge.application.outcome;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Why a use case refused: the kind (which decides the answer a caller gets), a detail fit to show the caller, and
 * for validation the messages by field, keyed by the path of the field in the command ({@code lineItems[0].quantity},
 * {@code credentials.secret_key}).
 */
public record Refusal(RefusalKind kind, String detail, Map<String, List<String>> violations) {
    public Refusal {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(detail, "detail");
        violations = Map.copyOf(violations);
    }

    public static Refusal of(RefusalKind kind, String detail) {
        return new Refusal(kind, detail, Map.of());
    }

    public static Refusal notFound(String what) {
        return of(RefusalKind.NOT_FOUND, what + " not found");
    }
}
