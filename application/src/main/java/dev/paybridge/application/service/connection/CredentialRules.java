package dev.paybridge.application.service.connection;

import dev.paybridge.application.outcome.Outcome;
import dev.paybridge.application.outcome.Violations;
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
    static final String FIELD = "credentials.";

    private CredentialRules() {
    }

    /** The mode the credentials act in; refused naming every unknown, missing or malformed field. */
    static Outcome<GatewayMode> check(PaymentGatewayProvider provider, Map<String, String> credentials) {
        Violations violations = new Violations();
        Set<String> known = provider.credentialFields().stream().map(CredentialField::name).collect(Collectors.toSet());
        Map<String, String> usable = new TreeMap<>();
        credentials.forEach((name, value) -> {
            if (known.contains(name)) {
                usable.put(name, value);
            } else {
                violations.add(FIELD + name, "is not a credential of " + provider.providerType() + "; expected one of "
                        + known.stream().sorted().toList());
            }
        });
        for (CredentialField field : provider.credentialFields()) {
            if (field.required() && !credentials.containsKey(field.name())) {
                violations.add(FIELD + field.name(), "is required");
            }
        }
        CredentialCheck check = provider.checkCredentials(usable);
        violations.addAll(FIELD, check.fold(accepted -> Map.of(), CredentialCheck.Refused::fieldErrors));
        if (!violations.isEmpty()) {
            return Outcome.refused(violations.refusal());
        }
        return Outcome.done(check.fold(CredentialCheck.Accepted::mode, refused -> {
            throw new IllegalStateException("unreachable: a refusal names a field");
        }));
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
