package dev.paybridge.moyasar.simulator;

import java.time.Instant;

/** The simulator's flat fee (2.75 % of the captured amount, rounded down) and the capture bookkeeping it rides on. */
final class Fees {

    static final long BASIS_POINTS = 275;

    private Fees() {
    }

    static void capture(StoredPayment payment, long amount, Instant now) {
        payment.captured = amount;
        payment.capturedAt = now;
        payment.fee = amount * BASIS_POINTS / 10_000;
        payment.updatedAt = now;
    }
}
