package dev.paybridge.moyasar.simulator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Collects per-field validation messages and turns them into Moyasar's "Validation Failed" answer. */
final class FieldErrors {

    private final Map<String, List<String>> errors = new LinkedHashMap<>();

    void add(String field, String message) {
        errors.computeIfAbsent(field, key -> new ArrayList<>()).add(message);
    }

    void addAll(FieldErrors other) {
        other.errors.forEach((field, messages) -> messages.forEach(message -> add(field, message)));
    }

    /** Messages by field, in the order they were reported. */
    Map<String, List<String>> asMap() {
        return Map.copyOf(errors);
    }

    boolean isEmpty() {
        return errors.isEmpty();
    }

    void throwIfAny() {
        if (!errors.isEmpty()) {
            throw ApiError.validation(errors);
        }
    }
}
