package dev.paybridge.application.problem;

import java.util.Map;

/** The shared rules for free text the API accepts: names and metadata. */
public final class TextRules {
    public static final int MAX_METADATA_KEYS = 50;
    public static final int MAX_METADATA_KEY_LENGTH = 40;
    public static final int MAX_METADATA_VALUE_LENGTH = 500;

    private TextRules() {
    }

    public static void checkName(FieldErrors errors, String path, String name, int maxLength) {
        if (name == null || name.isBlank()) {
            errors.add(path, "must not be blank");
        } else if (name.length() > maxLength) {
            errors.add(path, "must be at most " + maxLength + " characters");
        } else if (name.chars().anyMatch(c -> Character.isISOControl(c))) {
            errors.add(path, "must not contain control characters");
        }
    }

    public static void checkMetadata(FieldErrors errors, String path, Map<String, String> metadata) {
        if (metadata.size() > MAX_METADATA_KEYS) {
            errors.add(path, "must have at most " + MAX_METADATA_KEYS + " keys");
        }
        metadata.forEach((key, value) -> {
            if (key.isEmpty() || key.length() > MAX_METADATA_KEY_LENGTH) {
                errors.add(path, "keys must be 1 to " + MAX_METADATA_KEY_LENGTH + " characters");
            }
            if (value.length() > MAX_METADATA_VALUE_LENGTH) {
                errors.add(path + "." + key, "must be at most " + MAX_METADATA_VALUE_LENGTH + " characters");
            }
        });
    }
}
