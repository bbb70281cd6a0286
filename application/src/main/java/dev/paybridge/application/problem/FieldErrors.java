package dev.paybridge.application.problem;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Collects validation messages by JSON path, so one answer names every offending field. */
public final class FieldErrors {
    private final Map<String, List<String>> errors = new LinkedHashMap<>();

    public FieldErrors add(String path, String message) {
        List<String> messages = errors.computeIfAbsent(path, ignored -> new ArrayList<>());
        if (!messages.contains(message)) {
            messages.add(message);
        }
        return this;
    }

    public FieldErrors addAll(String pathPrefix, Map<String, List<String>> more) {
        more.forEach((path, messages) -> messages.forEach(message -> add(pathPrefix + path, message)));
        return this;
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public Map<String, List<String>> asMap() {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        errors.forEach((path, messages) -> copy.put(path, List.copyOf(messages)));
        return copy;
    }

    /** Refuses the request with every collected message, if there is any. */
    public void throwIfAny() {
        if (!errors.isEmpty()) {
            String first = errors.entrySet().iterator().next().getKey();
            throw new RequestRefusedException(Refusal.VALIDATION_ERROR, "invalid value for " + first
                    + (errors.size() > 1 ? " and " + (errors.size() - 1) + " more field(s)" : ""), asMap());
        }
    }

    public static RequestRefusedException single(String path, String message) {
        return new RequestRefusedException(Refusal.VALIDATION_ERROR, "invalid value for " + path,
                Map.of(path, List.of(message)));
    }
}
