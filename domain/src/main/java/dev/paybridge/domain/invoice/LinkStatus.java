package dev.paybridge.domain.invoice;

import java.util.Locale;

/**
 * Where a hosted payment link stands, in paybridge's words: every gateway plugin maps its own vocabulary to these,
 * so the core decides what to do with a link without knowing any gateway.
 */
public enum LinkStatus {
    /** Payable now. */
    OPEN,
    /** Paid in full. */
    PAID,
    /** Canceled: nothing more can be paid on it. */
    CANCELED,
    /** Past its expiry: nothing more can be paid on it. */
    EXPIRED,
    /**
     * paybridge no longer offers it (the invoice was voided, or got another link) and has asked the gateway to cancel
     * it; until the gateway confirms, money may still arrive on it.
     */
    RETIRED,
    /** Paid, then refunded or voided. */
    REVERSED,
    /** A state the plugin cannot read: treated as not payable, and looked at again later. */
    UNKNOWN;

    /** Whether the gateway may still take money on a link in this state (or may have, unseen). */
    public boolean mayTakeMoney() {
        return this == OPEN || this == RETIRED || this == UNKNOWN;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static LinkStatus fromWireName(String text) {
        return valueOf(text.toUpperCase(Locale.ROOT));
    }
}
