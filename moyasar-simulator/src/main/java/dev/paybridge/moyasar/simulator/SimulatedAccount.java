package dev.paybridge.moyasar.simulator;

import java.util.regex.Pattern;

/** A merchant account on the simulator: its name and its secret and publishable API keys. */
public record SimulatedAccount(String name, String secretKey, String publishableKey) {

    private static final Pattern SECRET = Pattern.compile("sk_(test|live)_[A-Za-z0-9_]+");
    private static final Pattern PUBLISHABLE = Pattern.compile("pk_(test|live)_[A-Za-z0-9_]+");

    public SimulatedAccount {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("account name must not be blank");
        }
        if (secretKey == null || !SECRET.matcher(secretKey).matches()) {
            throw new IllegalArgumentException("secret key must look like sk_test_… or sk_live_…: " + secretKey);
        }
        if (publishableKey == null || !PUBLISHABLE.matcher(publishableKey).matches()) {
            throw new IllegalArgumentException(
                    "publishable key must look like pk_test_… or pk_live_…: " + publishableKey);
        }
        if (secretKey.startsWith("sk_live_") != publishableKey.startsWith("pk_live_")) {
            throw new IllegalArgumentException("secret and publishable keys must be of the same mode");
        }
    }

    /** Whether the keys are live-mode keys; webhooks of this account carry {@code "live": true}. */
    public boolean live() {
        return secretKey.startsWith("sk_live_");
    }
}
