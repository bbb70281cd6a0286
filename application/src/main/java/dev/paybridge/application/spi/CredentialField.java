package dev.paybridge.application.spi;

import java.util.Objects;

/** One credential a gateway needs, as a plugin declares it: its JSON name, whether it is required, how it is shown. */
public record CredentialField(String name, boolean required, CredentialMasking masking, String description) {
    public CredentialField {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(masking, "masking");
        Objects.requireNonNull(description, "description");
    }
}
