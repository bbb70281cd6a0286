package dev.paybridge.application.service.connection;

import dev.paybridge.application.problem.FieldErrors;
import dev.paybridge.application.spi.CredentialCheck;
import dev.paybridge.application.spi.CredentialField;
import dev.paybridge.application.spi.CredentialMasking;
import dev.paybridge.application.spi.PaymentGatewayProvider;
import dev.paybridge.domain.connection.ConnectionSecrets;
import dev.paybridge.domain.connection.GatewayMode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Applies a provider's credential fields: the generic checks, then the provider's own, then masked previews. */
final class CredentialRules {
    static final String PATH = "encrypted_secret_data.";

    private CredentialRules() {
    }

    /** The mode the credentials act in; refuses unknown, missing, blank or malformed fields by their JSON path. */
    static GatewayMode check(PaymentGatewayProvider provider, Map<String, String> credentials) {
        FieldErrors errors = new FieldErrors();
        Set<String> known = provider.credentialFields().stream().map(CredentialField::name).collect(Collectors.toSet());
        Map<String, String> usable = new TreeMap<>();
        credentials.forEach((name, value) -> {
            if (!known.contains(name)) {
                errors.add(PATH + name, "is not a credential of " + provider.providerType() + "; expected one of "
                        + known.stream().sorted().toList());
            } else if (value.isBlank()) {
                errors.add(PATH + name, "must not be blank");
            } else {
                usable.put(name, value);
            }
        });
        for (CredentialField field : provider.credentialFields()) {
            if (field.required() && !credentials.containsKey(field.name())) {
                errors.add(PATH + field.name(), "is required");
            }
        }
        CredentialCheck check = provider.checkCredentials(usable);
        if (check instanceof CredentialCheck.Refused refused) {
            errors.addAll(PATH, refused.fieldErrors());
        }
        errors.throwIfAny();
        if (check instanceof CredentialCheck.Accepted accepted) {
            return accepted.mode();
        }
        throw new IllegalStateException(provider.providerType() + " returned no verdict on the credentials");
    }

    /** A preview of every declared field: masked, or null when an optional field is absent. */
    static Map<String, String> mask(PaymentGatewayProvider provider, ConnectionSecrets secrets) {
        Map<String, String> previews = new LinkedHashMap<>();
        for (CredentialField field : provider.credentialFields()) {
            previews.put(field.name(), secrets.value(field.name()).map(field.masking()::preview).orElse(null));
        }
        return previews;
    }

    /** Previews for a connection whose plugin is no longer loaded: every field hidden. */
    static Map<String, String> maskUnknown(ConnectionSecrets secrets) {
        Map<String, String> previews = new TreeMap<>();
        secrets.asMap().keySet().forEach(name -> previews.put(name, CredentialMasking.HIDDEN.preview("")));
        return previews;
    }
}
