package dev.paybridge.adapters.persistence.invoice;

import dev.paybridge.adapters.persistence.connection.JooqConnectionRepository;
import dev.paybridge.adapters.persistence.jooq.Read;
import dev.paybridge.application.port.out.persistence.SyncSubjects;
import dev.paybridge.domain.connection.Connection;
import dev.paybridge.domain.connection.ConnectionId;
import dev.paybridge.domain.invoice.Invoice;
import dev.paybridge.domain.invoice.InvoiceId;
import dev.paybridge.domain.invoice.PaymentLink;
import dev.paybridge.domain.tenant.Scope;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Result;

/** A sync's reads, each its repository's own, sent together: one round trip before the gateway call, one after. */
public final class JooqSyncSubjects implements SyncSubjects {
    private final DSLContext dsl;
    private final JooqInvoiceRepository invoices;
    private final JooqConnectionRepository connections;
    private final JooqPaymentLinkRepository links;

    @Inject
    public JooqSyncSubjects(DSLContext dsl) {
        this.dsl = dsl;
        this.invoices = new JooqInvoiceRepository(dsl);
        this.connections = new JooqConnectionRepository(dsl);
        this.links = new JooqPaymentLinkRepository(dsl);
    }

    @Override
    public SyncSubject read(Scope scope, InvoiceId invoiceId, ConnectionId connectionId) {
        Read<Optional<Invoice>> invoice = invoices.findRead(scope, invoiceId);
        Read<Optional<Connection>> connection = connections.findRead(scope, connectionId);
        Read<Optional<PaymentLink>> link = links.findCurrentRead(scope, invoiceId);
        List<Result<Record>> rows = Read.sendTogether(dsl, invoice, connection, link);
        return new SyncSubject(invoice.answer(rows.get(0)), connection.answer(rows.get(1)), link.answer(rows.get(2)));
    }

    @Override
    public LockedSubject lock(Scope scope, InvoiceId invoiceId) {
        Read<Optional<Invoice>> invoice = invoices.findForUpdateRead(scope, invoiceId);
        Read<Optional<PaymentLink>> link = links.findCurrentRead(scope, invoiceId);
        // one text, two statements: the link's read runs after the lock's, with a snapshot of its own
        List<Result<Record>> rows = Read.sendTogether(dsl, invoice, link);
        return new LockedSubject(invoice.answer(rows.get(0)), link.answer(rows.get(1)));
    }
}
