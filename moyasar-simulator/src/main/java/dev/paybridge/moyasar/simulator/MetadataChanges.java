package dev.paybridge.moyasar.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Metadata sent in a request, checked against Moyasar's limits; an empty value removes its key. */
final class MetadataChanges {

    static final int MAX_KEYS = 30;
    static final int MAX_KEY_LENGTH = 40;
    static final int MAX_VALUE_LENGTH = 500;

    private final Map<String, String> changes;
    private final FieldErrors errors;
    private final String field;

    private MetadataChanges(Map<String, String> changes, FieldErrors errors, String field) {
        this.changes = changes;
        this.errors = errors;
        this.field = field;
    }

    static MetadataChanges read(JsonNode node, FieldErrors errors, String field) {
        Map<String, String> changes = new LinkedHashMap<>();
        if (node == null || node.isNull()) {
            return new MetadataChanges(changes, errors, field);
        }
        if (!node.isObject()) {
            errors.add(field, "must be an object");
            return new MetadataChanges(changes, errors, field);
        }
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            String key = entry.getKey();
            JsonNode value = entry.getValue();
            if (key.length() > MAX_KEY_LENGTH) {
                errors.add(field, "key " + key + " is longer than " + MAX_KEY_LENGTH + " characters");
            } else if (value.isObject() || value.isArray()) {
                errors.add(field, "value of " + key + " must be a string");
            } else if (!value.isNull() && value.asText().length() > MAX_VALUE_LENGTH) {
                errors.add(field, "value of " + key + " is longer than " + MAX_VALUE_LENGTH + " characters");
            } else {
                changes.put(key, value.isNull() ? "" : value.asText());
            }
        }
        return new MetadataChanges(changes, errors, field);
    }

    boolean isEmpty() {
        return changes.isEmpty();
    }

    /** The metadata after applying these changes to {@code current}; reports going over the key limit. */
    Map<String, String> applyTo(Map<String, String> current) {
        Map<String, String> result = new LinkedHashMap<>(current);
        changes.forEach((key, value) -> {
            if (value.isEmpty()) {
                result.remove(key);
            } else {
                result.put(key, value);
            }
        });
        if (result.size() > MAX_KEYS) {
            errors.add(field, "must not have more than " + MAX_KEYS + " keys");
        }
        return result;
    }

    Map<String, String> asCreated() {
        return Collections.unmodifiableMap(applyTo(Map.of()));
    }
}
