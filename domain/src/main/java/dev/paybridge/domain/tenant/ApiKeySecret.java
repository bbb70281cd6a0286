package dev.paybridge.domain.tenant;

import java.security.SecureRandom;
import java.util.Base64;

/** The plaintext of an API key, shown to its owner once; only its SHA-256 hash is ever stored. */
public final class ApiKeySecret {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String PREFIX = "pbk_";
    private final String plaintext;

    private ApiKeySecret(String plaintext) {
        this.plaintext = plaintext;
    }

    /** 256 random bits, URL-safe. */
    public static ApiKeySecret generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return new ApiKeySecret(PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    public String plaintext() {
        return plaintext;
    }

    public String hash() {
        return hashOf(plaintext);
    }

    /** The hex SHA-256 of a presented key; keys are high-entropy, so a fast hash is enough to store and look up. */
    public static String hashOf(String presented) {
        return SecretHash.sha256Hex(presented);
    }

    @Override
    public String toString() {
        return "ApiKeySecret[****]";
    }
}
