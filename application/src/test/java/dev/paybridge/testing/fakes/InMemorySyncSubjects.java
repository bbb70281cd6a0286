package dev.paybridge.testing.fakes;

import dev.paybridge.application.port.out.persistence.SyncSubjects;
import dev.paybridge.domain.connection.ConnectionId;
import dev.paybridge.domain.invoice.InvoiceId;
import dev.paybridge.domain.tenant.Scope;

/** A sync's reads through the in-memory repositories, one after the other (the invoice's lock first). */
public final class InMemorySyncSubjects implements SyncSubjects {
    private final InMemoryInvoiceRepository invoices;
    private final InMemoryConnectionRepository connections;
    private final InMemoryPaymentLinkRepository links;

    public InMemorySyncSubjects(InMemoryInvoiceRepository invoices, InMemoryConnectionRepository connections,
            InMemoryPaymentLinkRepository links) {
        this.invoices = invoices;
        this.connections = connections;
        this.links = links;
    }

    @Override
    public SyncSubject read(Scope scope, InvoiceId invoiceId, ConnectionId connectionId) {
        return new SyncSubject(invoices.find(scope, invoiceId), connections.find(scope, connectionId),
                links.findCurrent(scope, invoiceId));
    }

    @Override
    public LockedSubject lock(Scope scope, InvoiceId invoiceId) {
        return new LockedSubject(invoices.findForUpdate(scope, invoiceId), links.findCurrent(scope, invoiceId));
    }
}
