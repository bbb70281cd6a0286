package dev.paybridge.domain.id;

import java.security.SecureRandom;
import java.time.Instant;

/** Makes opaque, prefixed, time-ordered ids such as {@code conn_01jd8x…}: 48 bits of milliseconds, 80 random bits. */
public final class RandomIds {
    private static final char[] ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int BODY_LENGTH = 26;
    /** Whether each ASCII character is one of {@link #ALPHABET}'s. */
    private static final boolean[] IN_ALPHABET = new boolean[128];

    static {
        for (char c : ALPHABET) {
            IN_ALPHABET[c] = true;
        }
    }

    private RandomIds() {
    }

    public static String next(String prefix) {
        return next(prefix, Instant.now());
    }

    static String next(String prefix, Instant at) {
        byte[] random = new byte[10];
        RANDOM.nextBytes(random);
        char[] body = new char[BODY_LENGTH];
        long millis = at.toEpochMilli();
        for (int i = 9; i >= 0; i--) {
            body[i] = ALPHABET[(int) (millis & 31)];
            millis >>>= 5;
        }
        long high = 0;
        for (int i = 0; i < 5; i++) {
            high = (high << 8) | (random[i] & 0xff);
        }
        long low = 0;
        for (int i = 5; i < 10; i++) {
            low = (low << 8) | (random[i] & 0xff);
        }
        for (int i = 17; i >= 10; i--) {
            body[i] = ALPHABET[(int) (high & 31)];
            high >>>= 5;
        }
        for (int i = 25; i >= 18; i--) {
            body[i] = ALPHABET[(int) (low & 31)];
            low >>>= 5;
        }
        return prefix + "_" + new String(body);
    }

    /** True when {@code value} has the given prefix and a well-formed body; anything else names nothing. */
    public static boolean isWellFormed(String value, String prefix) {
        if (value == null || value.length() != prefix.length() + 1 + BODY_LENGTH || !value.startsWith(prefix)
                || value.charAt(prefix.length()) != '_') {
            return false;
        }
        for (int i = prefix.length() + 1; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= IN_ALPHABET.length || !IN_ALPHABET[c]) {
                return false;
            }
        }
        return true;
    }
}
