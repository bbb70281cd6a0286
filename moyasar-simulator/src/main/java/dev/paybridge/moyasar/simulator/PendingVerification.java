package dev.paybridge.moyasar.simulator;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;

/**
 * The verification code a webhook was sent: six digits, valid {@link #VALIDITY}, and no longer accepted (even when
 * right) after {@value #MAX_WRONG_ATTEMPTS} wrong ones; then a new code must be requested.
 */
record PendingVerification(String code, Instant issuedAt, int wrongAttempts) {

    static final Duration VALIDITY = Duration.ofMinutes(30);
    static final int MAX_WRONG_ATTEMPTS = 5;

    private static final SecureRandom RANDOM = new SecureRandom();

    static PendingVerification issue(Instant now) {
        return new PendingVerification(String.format("%06d", RANDOM.nextInt(1_000_000)), now, 0);
    }

    /** Whether {@code candidate} verifies the webhook at {@code now}. */
    boolean accepts(String candidate, Instant now) {
        return usable(now) && MessageDigest.isEqual(code.getBytes(StandardCharsets.UTF_8),
                candidate.getBytes(StandardCharsets.UTF_8));
    }

    /** Whether the code can still verify: not expired and not locked by wrong attempts. */
    boolean usable(Instant now) {
        return wrongAttempts < MAX_WRONG_ATTEMPTS && now.isBefore(issuedAt.plus(VALIDITY));
    }

    PendingVerification afterWrongAttempt() {
        return new PendingVerification(code, issuedAt, wrongAttempts + 1);
    }
}
