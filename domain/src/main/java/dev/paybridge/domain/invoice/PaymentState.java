package dev.paybridge.domain.invoice;

/** What a recorded payment means for money; later states win when events arrive out of order. */
public enum PaymentState {
    FAILED(0), SUCCEEDED(1), PARTIALLY_REFUNDED(2), REFUNDED(3), VOIDED(4);

    private final int rank;

    PaymentState(int rank) {
        this.rank = rank;
    }

    /** The further along of two states: a payment never moves back (a late "paid" does not undo a refund). */
    public PaymentState furthest(PaymentState other) {
        return other.rank > rank ? other : this;
    }

    /** Whether money was received (and possibly returned since). */
    public boolean received() {
        return this == SUCCEEDED || this == PARTIALLY_REFUNDED || this == REFUNDED;
    }

    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
