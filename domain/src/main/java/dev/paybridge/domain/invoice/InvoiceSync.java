package dev.paybridge.domain.invoice;

import dev.paybridge.domain.connection.ConnectionId;
import java.util.Objects;

/** The sync of one invoice to one connection's gateway: its state, the attempts made and the last error seen. */
public record InvoiceSync(InvoiceId invoiceId, ConnectionId connectionId, SyncState state, int attempts, String lastError) {
    public InvoiceSync {
        Objects.requireNonNull(invoiceId, "invoiceId");
        Objects.requireNonNull(state, "state");
    }

    public static InvoiceSync notApplicable(InvoiceId invoiceId) {
        return new InvoiceSync(invoiceId, null, SyncState.NOT_APPLICABLE, 0, null);
    }
}
