package dev.paybridge.application.service.invoice;

import dev.paybridge.application.port.in.invoice.FinalizeInvoiceUseCase;
import dev.paybridge.application.port.in.invoice.InvoiceView;
import dev.paybridge.application.port.in.invoice.QueueInvoiceSyncUseCase;
import dev.paybridge.application.port.in.invoice.VoidInvoiceUseCase;
import dev.paybridge.application.port.out.SyncSignal;
import dev.paybridge.application.port.out.persistence.InvoiceRepository;
import dev.paybridge.application.port.out.persistence.InvoiceSyncRepository;
import dev.paybridge.application.port.out.persistence.LinkCancellationRepository;
import dev.paybridge.application.port.out.persistence.PaymentLinkRepository;
import dev.paybridge.application.port.out.persistence.Transactions;
import dev.paybridge.application.problem.Refusal;
import dev.paybridge.application.problem.RequestRefusedException;
import dev.paybridge.domain.connection.Connection;
import dev.paybridge.domain.invoice.Invoice;
import dev.paybridge.domain.invoice.InvoiceId;
import dev.paybridge.domain.invoice.InvoiceStateException;
import dev.paybridge.domain.invoice.InvoiceStatus;
import dev.paybridge.domain.tenant.Scope;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.function.UnaryOperator;

/** Moves invoices through their life (finalize, void) and queues their gateway work in the same transaction. */
public final class InvoiceLifecycleService implements FinalizeInvoiceUseCase, VoidInvoiceUseCase, QueueInvoiceSyncUseCase {
    private final InvoiceRepository invoices;
    private final InvoiceSyncRepository syncs;
    private final PaymentLinkRepository links;
    private final LinkCancellationRepository cancellations;
    private final SyncTargets syncTargets;
    private final InvoiceViews views;
    private final Transactions transactions;
    private final SyncSignal signal;
    private final Clock clock;

    @Inject
    public InvoiceLifecycleService(InvoiceRepository invoices, InvoiceSyncRepository syncs, PaymentLinkRepository links,
            LinkCancellationRepository cancellations, SyncTargets syncTargets, InvoiceViews views,
            Transactions transactions, SyncSignal signal, Clock clock) {
        this.invoices = invoices;
        this.syncs = syncs;
        this.links = links;
        this.cancellations = cancellations;
        this.syncTargets = syncTargets;
        this.views = views;
        this.transactions = transactions;
        this.signal = signal;
        this.clock = clock;
    }

    @Override
    public InvoiceView finalizeInvoice(Scope scope, InvoiceId id) {
        Invoice finalized = change(scope, id, invoice -> {
            Invoice next = invoice.finalized(clock.instant());
            invoices.update(next);
            syncTargets.queueIfSyncing(next);
            return next;
        });
        signal.wake();
        return views.of(finalized);
    }

    @Override
    public InvoiceView voidInvoice(Scope scope, InvoiceId id) {
        Invoice voided = change(scope, id, invoice -> {
            Instant now = clock.instant();
            Invoice next = invoice.voided(now);
            invoices.update(next);
            syncs.remove(scope, id);
            links.findCurrent(scope, id).ifPresent(link -> {
                links.retire(scope, id, link.gatewayInvoiceId(), "canceled");
                cancellations.schedule(scope, id, link.gatewayInvoiceId(), link.connectionId(), now);
            });
            return next;
        });
        signal.wake();
        return views.of(voided);
    }

    @Override
    public void queueSync(Scope scope, InvoiceId id) {
        transactions.inTransaction(() -> {
            Invoice invoice = invoices.findForUpdate(scope, id).orElseThrow(() -> RequestRefusedException.notFound("invoice"));
            if (invoice.status() != InvoiceStatus.FINALIZED) {
                throw new RequestRefusedException(Refusal.INVALID_STATE,
                        "only a finalized invoice can be synced; this one is " + invoice.status().wireName());
            }
            Connection connection = syncTargets.outboundConnection(scope).orElseThrow(() -> new RequestRefusedException(
                    Refusal.NO_CONNECTION, "this environment has no active connection with invoice outbound sync on"));
            syncs.schedule(scope, id, connection.id(), clock.instant());
            return invoice;
        });
        signal.wake();
    }

    private Invoice change(Scope scope, InvoiceId id, UnaryOperator<Invoice> move) {
        try {
            return transactions.inTransaction(() -> move.apply(
                    invoices.findForUpdate(scope, id).orElseThrow(() -> RequestRefusedException.notFound("invoice"))));
        } catch (InvoiceStateException illegal) {
            throw new RequestRefusedException(Refusal.INVALID_STATE, illegal.getMessage());
        }
    }
}
