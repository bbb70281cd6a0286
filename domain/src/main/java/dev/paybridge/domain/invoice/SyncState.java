package dev.paybridge.domain.invoice;

/** Where an invoice's sync to its gateway stands. */
public enum SyncState {
    /** Queued, or retrying after outcomes nobody knows. */
    PENDING,
    /** The gateway holds the invoice and its link exists. */
    SYNCED,
    /** The gateway definitely refused; final until a manual sync. */
    FAILED,
    /** A draft, or no active connection syncs invoices. */
    NOT_APPLICABLE;

    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
