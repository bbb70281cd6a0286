package dev.paybridge.domain.tenant;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 hashes of high-entropy secrets (API keys, the admin token) and their constant-time comparison. */
public final class SecretHash {
    private SecretHash() {
    }

    public static String sha256Hex(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", impossible);
        }
    }

    /** Whether the presented secret hashes to the stored hash, compared in constant time. */
    public static boolean matches(String presented, String storedHash) {
        if (presented == null || storedHash == null) {
            return false;
        }
        byte[] presentedHash = sha256Hex(presented).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(presentedHash, storedHash.getBytes(StandardCharsets.US_ASCII));
    }
}
