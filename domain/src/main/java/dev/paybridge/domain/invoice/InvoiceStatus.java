package dev.paybridge.domain.invoice;

/** Where an invoice is in its life: drafted, finalized (payable), or voided. */
public enum InvoiceStatus {
    DRAFT, FINALIZED, VOIDED;

    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
