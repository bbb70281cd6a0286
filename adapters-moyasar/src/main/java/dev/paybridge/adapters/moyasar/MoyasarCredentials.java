package dev.paybridge.adapters.moyasar;

import dev.paybridge.application.spi.CredentialCheck;
import dev.paybridge.application.spi.CredentialField;
import dev.paybridge.application.spi.CredentialMasking;
import dev.paybridge.domain.connection.GatewayMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Moyasar's credential rules: an {@code sk_test_}/{@code sk_live_} secret key, an optional publishable key of the same mode, a webhook secret. */
final class MoyasarCredentials {
    static final String SECRET_KEY = "secret_key";
    static final String PUBLISHABLE_KEY = "publishable_key";
    static final String WEBHOOK_SECRET = "webhook_secret";
    static final List<CredentialField> FIELDS = List.of(
            new CredentialField(SECRET_KEY, true, CredentialMasking.KEY_PREFIX_AND_LAST4,
                    "Secret API key, sk_test_… or sk_live_…; decides test or live mode"),
            new CredentialField(PUBLISHABLE_KEY, false, CredentialMasking.KEY_PREFIX_AND_LAST4,
                    "Publishable key, pk_test_… or pk_live_…, of the same mode as the secret key"),
            new CredentialField(WEBHOOK_SECRET, true, CredentialMasking.HIDDEN,
                    "The webhook's shared secret; Moyasar sends it back as secret_token"));
    private static final Pattern KEY_BODY = Pattern.compile("[A-Za-z0-9]{8,}");
    private static final int MIN_WEBHOOK_SECRET_LENGTH = 8;

    private MoyasarCredentials() {
    }

    static CredentialCheck check(Map<String, String> credentials) {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        String secretKey = credentials.get(SECRET_KEY);
        GatewayMode mode = secretKey == null ? null : modeOf(secretKey, "sk_");
        if (secretKey != null && mode == null) {
            add(errors, SECRET_KEY, secretKey.startsWith("pk_")
                    ? "is a publishable key (pk_…); a secret key starts with sk_test_ or sk_live_"
                    : "must start with sk_test_ or sk_live_ followed by the key");
        }
        String publishableKey = credentials.get(PUBLISHABLE_KEY);
        if (publishableKey != null) {
            GatewayMode publishableMode = modeOf(publishableKey, "pk_");
            if (publishableMode == null) {
                add(errors, PUBLISHABLE_KEY, "must start with pk_test_ or pk_live_ followed by the key");
            } else if (mode != null && publishableMode != mode) {
                add(errors, PUBLISHABLE_KEY, "must be of the same mode as the secret key (" + mode.wireName() + ")");
            }
        }
        String webhookSecret = credentials.get(WEBHOOK_SECRET);
        if (webhookSecret != null && webhookSecret.length() < MIN_WEBHOOK_SECRET_LENGTH) {
            add(errors, WEBHOOK_SECRET, "must be at least " + MIN_WEBHOOK_SECRET_LENGTH + " characters");
        }
        if (!errors.isEmpty()) {
            return new CredentialCheck.Refused(errors);
        }
        if (mode == null || webhookSecret == null) {
            return new CredentialCheck.Refused(Map.of(mode == null ? SECRET_KEY : WEBHOOK_SECRET, List.of("is required")));
        }
        return new CredentialCheck.Accepted(mode);
    }

    static GatewayMode modeOf(String key, String kindPrefix) {
        for (GatewayMode mode : GatewayMode.values()) {
            String prefix = kindPrefix + mode.wireName() + "_";
            if (key.startsWith(prefix) && KEY_BODY.matcher(key.substring(prefix.length())).matches()) {
                return mode;
            }
        }
        return null;
    }

    private static void add(Map<String, List<String>> errors, String field, String message) {
        errors.computeIfAbsent(field, ignored -> new ArrayList<>()).add(message);
    }
}
