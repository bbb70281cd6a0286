package dev.paybridge.application.outcome;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Collects validation messages by field path, so one refusal names every offending field. */
public final class Violations {
    private final Map<String, List<String>> messages = new LinkedHashMap<>();

    public static Violations of(String field, String message) {
        return new Violations().add(field, message);
    }

    public Violations add(String field, String message) {
        List<String> forField = messages.computeIfAbsent(field, ignored -> new ArrayList<>());
        if (!forField.contains(message)) {
            forField.add(message);
        }
        return this;
    }

    /** Adds every message of {@code more}, each field prefixed with {@code prefix}. */
    public Violations addAll(String prefix, Map<String, List<String>> more) {
        more.forEach((field, list) -> list.forEach(message -> add(prefix + field, message)));
        return this;
    }

    public boolean isEmpty() {
        return messages.isEmpty();
    }

    public Map<String, List<String>> asMap() {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        messages.forEach((field, list) -> copy.put(field, List.copyOf(list)));
        return copy;
    }

    /** The validation refusal naming every field collected. */
    public Refusal refusal() {
        String first = messages.keySet().iterator().next();
        String detail = "invalid value for " + first
                + (messages.size() > 1 ? " and " + (messages.size() - 1) + " more field(s)" : "");
        return new Refusal(RefusalKind.VALIDATION_ERROR, detail, asMap());
    }

    /** Refuses the command being built when any message was collected: a command that exists is valid. */
    public void throwIfAny() {
        if (!messages.isEmpty()) {
            throw new InvalidCommandException(refusal());
        }
    }
}
