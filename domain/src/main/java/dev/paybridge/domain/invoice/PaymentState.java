package dev.paybridge.domain.invoice;

import dev.paybridge.domain.money.Money;
import java.util.Locale;

/**
 * What a payment means for money, in paybridge's words: gateway plugins report payments in these states, and a
 * recorded payment is in one of them. Later states win when news arrives out of order.
 */
public enum PaymentState {
    /** Started; nothing received. Reported by gateways, never recorded. */
    PENDING(0),
    /** Authorized but not captured: no money yet. Reported by gateways, never recorded. */
    AUTHORIZED(1),
    /** Declined or failed: no money. */
    FAILED(2),
    /** Money received. */
    SUCCEEDED(3),
    /** Money received, part of it returned. */
    PARTIALLY_REFUNDED(4),
    /** Money received and all of it returned. */
    REFUNDED(5),
    /** Canceled before settlement: no money. */
    VOIDED(6);

    private final int rank;

    PaymentState(int rank) {
        this.rank = rank;
    }

    /** The state of a payment of {@code amount} of which {@code refunded} was returned. */
    public static PaymentState afterRefund(Money amount, Money refunded) {
        return refunded.compareTo(amount) >= 0 ? REFUNDED : PARTIALLY_REFUNDED;
    }

    /** The further along of two states: a payment never moves back (a late "paid" does not undo a refund). */
    public PaymentState furthest(PaymentState other) {
        return other.rank > rank ? other : this;
    }

    /** Whether money was received (and possibly returned since). */
    public boolean received() {
        return this == SUCCEEDED || this == PARTIALLY_REFUNDED || this == REFUNDED;
    }

    /** Whether the state is worth recording: the payment either moved money or definitely failed. */
    public boolean isSettled() {
        return this != PENDING && this != AUTHORIZED;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static PaymentState fromWireName(String text) {
        return valueOf(text.toUpperCase(Locale.ROOT));
    }
}
