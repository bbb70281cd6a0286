package dev.paybridge.adapters.http.dashboard.integrations;

import dev.paybridge.application.spi.CredentialField;
import dev.paybridge.application.spi.CredentialMasking;
import java.util.List;
import java.util.Locale;

/**
 * One input of a connect or rotate form, built from a plugin's credential field: named by its API path
 * ({@code encrypted_secret_data.<name>}), marked required or not, a password input for a secret that is never shown,
 * and the plugin's description as help text. A new plugin's form therefore needs no dashboard change.
 */
public record CredentialInput(String field, String credential, String label, boolean required, boolean secret,
        String help) {
    public static final String PREFIX = "encrypted_secret_data.";

    public static CredentialInput of(CredentialField field) {
        String words = field.name().replace('_', ' ');
        String label = words.isEmpty() ? words : words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
        return new CredentialInput(PREFIX + field.name(), field.name(), label, field.required(),
                field.masking() == CredentialMasking.HIDDEN, field.description());
    }

    public static List<CredentialInput> of(List<CredentialField> fields) {
        return fields.stream().map(CredentialInput::of).toList();
    }
}
