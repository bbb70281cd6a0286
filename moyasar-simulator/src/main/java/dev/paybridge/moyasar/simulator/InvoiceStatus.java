package dev.paybridge.moyasar.simulator;

import java.util.Locale;

/** The statuses a Moyasar invoice can report. */
public enum InvoiceStatus {
    INITIATED, PAID, FAILED, REFUNDED, CANCELED, ON_HOLD, EXPIRED, VOIDED;

    /** The lower-case name Moyasar uses on the wire, e.g. {@code on_hold}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
