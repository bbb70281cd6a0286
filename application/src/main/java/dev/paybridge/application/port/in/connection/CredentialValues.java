package dev.paybridge.application.port.in.connection;

import dev.paybridge.application.outcome.Violations;
import java.util.Map;

/** The provider-independent rule for credential values in commands: present, not blank, no NUL. */
final class CredentialValues {
    static final String FIELD = "credentials";
    private static final int MAX_LENGTH = 4096;

    private CredentialValues() {
    }

    static void check(Violations violations, Map<String, String> credentials) {
        credentials.forEach((name, value) -> {
            String field = FIELD + "." + name;
            if (value == null || value.isBlank()) {
                violations.add(field, "must not be blank");
            } else if (value.length() > MAX_LENGTH) {
                violations.add(field, "must be at most " + MAX_LENGTH + " characters");
            } else if (value.indexOf('\u0000') >= 0) {
                violations.add(field, "must not contain the NUL character");
            }
        });
    }
}
