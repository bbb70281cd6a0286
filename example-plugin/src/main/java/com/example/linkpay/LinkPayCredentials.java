package com.example.linkpay;

import dev.paybridge.application.spi.CredentialCheck;
import dev.paybridge.application.spi.CredentialField;
import dev.paybridge.application.spi.CredentialMasking;
import dev.paybridge.domain.connection.GatewayMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** LinkPay's credentials: an {@code lp_test_}/{@code lp_live_} API key and the secret that signs its webhooks. */
final class LinkPayCredentials {
    static final String API_KEY = "api_key";
    static final String SIGNING_SECRET = "signing_secret";
    static final List<CredentialField> FIELDS = List.of(
            new CredentialField(API_KEY, true, CredentialMasking.KEY_PREFIX_AND_LAST4,
                    "API key, lp_test_… or lp_live_…; decides test or live mode"),
            new CredentialField(SIGNING_SECRET, true, CredentialMasking.HIDDEN,
                    "The endpoint's signing secret (whsec_…), which signs every webhook in LinkPay-Signature"));
    private static final Pattern KEY = Pattern.compile("lp_(test|live)_[A-Za-z0-9]{16,}");
    private static final Pattern SECRET = Pattern.compile("whsec_[A-Za-z0-9]{16,}");

    private LinkPayCredentials() {
    }

    static CredentialCheck check(Map<String, String> credentials) {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        String apiKey = credentials.get(API_KEY);
        if (apiKey != null && !KEY.matcher(apiKey).matches()) {
            errors.put(API_KEY, List.of("must be lp_test_ or lp_live_ followed by at least 16 letters or digits"));
        }
        String secret = credentials.get(SIGNING_SECRET);
        if (secret != null && !SECRET.matcher(secret).matches()) {
            errors.put(SIGNING_SECRET, List.of("must be whsec_ followed by at least 16 letters or digits"));
        }
        if (apiKey == null) {
            errors.putIfAbsent(API_KEY, List.of("is required"));
        }
        if (secret == null) {
            errors.putIfAbsent(SIGNING_SECRET, List.of("is required"));
        }
        return errors.isEmpty() ? new CredentialCheck.Accepted(modeOf(apiKey)) : new CredentialCheck.Refused(errors);
    }

    static GatewayMode modeOf(String apiKey) {
        return apiKey.startsWith("lp_live_") ? GatewayMode.LIVE : GatewayMode.TEST;
    }
}
