package dev.paybridge.moyasar.simulator;

import java.util.Locale;

/** The statuses a Moyasar payment can report. */
public enum PaymentStatus {
    INITIATED, PAID, FAILED, AUTHORIZED, CAPTURED, REFUNDED, VOIDED, VERIFIED;

    /** The lower-case name Moyasar uses on the wire, e.g. {@code paid}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether money moved (or is held) for this payment, i.e. the attempt did not fail. */
    public boolean succeeded() {
        return this != INITIATED && this != FAILED;
    }
}
