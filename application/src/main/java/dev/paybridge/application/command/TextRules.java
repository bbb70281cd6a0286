package dev.paybridge.application.command;

import dev.paybridge.application.outcome.Violations;
import java.util.Map;

/** The rules for free text that commands accept: names, metadata, short texts. */
public final class TextRules {
    public static final int MAX_METADATA_KEYS = 50;
    public static final int MAX_METADATA_KEY_LENGTH = 40;
    public static final int MAX_METADATA_VALUE_LENGTH = 500;

    private TextRules() {
    }

    /** A required name: not blank, at most {@code maxLength} characters, no control characters. */
    public static void checkName(Violations violations, String field, String name, int maxLength) {
        if (name == null || name.isBlank()) {
            violations.add(field, "must not be blank");
        } else {
            checkText(violations, field, name, maxLength);
        }
    }

    /** Optional text: at most {@code maxLength} characters, no control characters (null passes). */
    public static void checkText(Violations violations, String field, String text, int maxLength) {
        if (text == null) {
            return;
        }
        if (text.length() > maxLength) {
            violations.add(field, "must be at most " + maxLength + " characters");
        } else if (text.chars().anyMatch(Character::isISOControl)) {
            violations.add(field, "must not contain control characters");
        }
    }

    /** Metadata: at most 50 keys of 1 to 40 characters, values of at most 500; no NUL anywhere. */
    public static void checkMetadata(Violations violations, String field, Map<String, String> metadata) {
        if (metadata.size() > MAX_METADATA_KEYS) {
            violations.add(field, "must have at most " + MAX_METADATA_KEYS + " keys");
        }
        metadata.forEach((key, value) -> {
            if (key.isEmpty() || key.length() > MAX_METADATA_KEY_LENGTH) {
                violations.add(field, "keys must be 1 to " + MAX_METADATA_KEY_LENGTH + " characters");
            } else if (key.indexOf('\u0000') >= 0) {
                violations.add(field, "keys must not contain the NUL character");
            }
            if (value.length() > MAX_METADATA_VALUE_LENGTH) {
                violations.add(field + "." + key, "must be at most " + MAX_METADATA_VALUE_LENGTH + " characters");
            } else if (value.indexOf('\u0000') >= 0) {
                violations.add(field + "." + key, "must not contain the NUL character");
            }
        });
    }
}
