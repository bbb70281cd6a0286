package dev.paybridge.application.port.out.persistence;

import dev.paybridge.domain.connection.Connection;
import dev.paybridge.domain.connection.ConnectionId;
import dev.paybridge.domain.invoice.Invoice;
import dev.paybridge.domain.invoice.InvoiceId;
import dev.paybridge.domain.invoice.PaymentLink;
import dev.paybridge.domain.tenant.Scope;
import java.util.Objects;
import java.util.Optional;

/**
 * What an invoice's sync reads, each time in one go: before it calls the gateway, the invoice with its lines, the
 * connection the sync goes through and the invoice's current link, each exactly as {@link InvoiceRepository#find},
 * {@link ConnectionRepository#find} and {@link PaymentLinkRepository#findCurrent} read it; and before it stores the
 * link the gateway made, the invoice locked and its current link.
 */
public interface SyncSubjects {

    SyncSubject read(Scope scope, InvoiceId invoiceId, ConnectionId connectionId);

    /**
     * The invoice locked until the transaction ends, as {@link InvoiceRepository#findForUpdate} locks it, then its
     * current link, read once the lock is held: it sees what the lock's previous holder committed. Call inside a
     * transaction.
     */
    LockedSubject lock(Scope scope, InvoiceId invoiceId);

    /** The three reads' answers; each is empty when there is no such row. */
    record SyncSubject(Optional<Invoice> invoice, Optional<Connection> connection, Optional<PaymentLink> currentLink) {
        public SyncSubject {
            Objects.requireNonNull(invoice, "invoice");
            Objects.requireNonNull(connection, "connection");
            Objects.requireNonNull(currentLink, "currentLink");
        }
    }

    /** The locked invoice and its current link; each is empty when there is no such row. */
    record LockedSubject(Optional<Invoice> invoice, Optional<PaymentLink> currentLink) {
        public LockedSubject {
            Objects.requireNonNull(invoice, "invoice");
            Objects.requireNonNull(currentLink, "currentLink");
        }
    }
}
