package dev.paybridge.domain.invoice;

/** What the payer has done about an invoice; {@code SUCCEEDED} exactly when nothing remains and nothing was refunded. */
public enum PaymentStatus {
    PENDING, SUCCEEDED, FAILED, REFUNDED, PARTIALLY_REFUNDED;

    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
