package dev.paybridge.application.service.invoice;

import dev.paybridge.application.outcome.Outcome;
import dev.paybridge.application.outcome.RefusalKind;
import dev.paybridge.application.port.in.invoice.FinalizeInvoiceUseCase;
import dev.paybridge.application.port.in.invoice.InvoiceView;
import dev.paybridge.application.port.in.invoice.QueueInvoiceSyncUseCase;
import dev.paybridge.application.port.in.invoice.VoidInvoiceUseCase;
import dev.paybridge.application.port.out.SyncSignal;
import dev.paybridge.application.port.out.jobs.JobQueue;
import dev.paybridge.application.port.out.persistence.InvoiceRepository;
import dev.paybridge.application.port.out.persistence.PaymentLinkRepository;
import dev.paybridge.application.port.out.persistence.Transactions;
import dev.paybridge.domain.invoice.Invoice;
import dev.paybridge.domain.invoice.InvoiceId;
import dev.paybridge.domain.invoice.InvoiceStatus;
import dev.paybridge.domain.tenant.Scope;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Function;

/** Moves invoices through their life (finalize, void) and queues their gateway work in the same transaction. */
public final class InvoiceLifecycleService implements FinalizeInvoiceUseCase, VoidInvoiceUseCase,
        QueueInvoiceSyncUseCase {
    private final InvoiceRepository invoices;
    private final PaymentLinkRepository links;
    private final JobQueue jobs;
    private final LinkRetirement retirement;
    private final SyncTargets syncTargets;
    private final InvoiceViews views;
    private final Transactions transactions;
    private final SyncSignal signal;
    private final Clock clock;

    @Inject
    public InvoiceLifecycleService(InvoiceRepository invoices, PaymentLinkRepository links, JobQueue jobs,
            LinkRetirement retirement, SyncTargets syncTargets, InvoiceViews views, Transactions transactions,
            SyncSignal signal, Clock clock) {
        this.invoices = invoices;
        this.links = links;
        this.jobs = jobs;
        this.retirement = retirement;
        this.syncTargets = syncTargets;
        this.views = views;
        this.transactions = transactions;
        this.signal = signal;
        this.clock = clock;
    }

    @Override
    public Outcome<InvoiceView> finalizeInvoice(Scope scope, InvoiceId id) {
        return change(scope, id, invoice -> {
            Optional<String> refusal = invoice.finalizeRefusal();
            if (refusal.isPresent()) {
                return Outcome.refused(RefusalKind.INVALID_STATE, refusal.get());
            }
            Invoice next = invoice.finalized(clock.instant());
            invoices.update(next);
            syncTargets.queueIfSyncing(next);
            return Outcome.done(next);
        });
    }

    @Override
    public Outcome<InvoiceView> voidInvoice(Scope scope, InvoiceId id) {
        return change(scope, id, invoice -> {
            Optional<String> refusal = invoice.voidRefusal();
            if (refusal.isPresent()) {
                return Outcome.refused(RefusalKind.INVALID_STATE, refusal.get());
            }
            Invoice next = invoice.voided(clock.instant());
            invoices.update(next);
            jobs.remove(InvoiceSyncJob.key(scope, id));
            links.findCurrent(scope, id).ifPresent(link -> retirement.retire(scope, link));
            return Outcome.done(next);
        });
    }

    @Override
    public Outcome<InvoiceView> queueSync(Scope scope, InvoiceId id) {
        return change(scope, id, invoice -> {
            if (invoice.status() != InvoiceStatus.FINALIZED) {
                return Outcome.refused(RefusalKind.INVALID_STATE,
                        "only a finalized invoice can be synced; this one is " + invoice.status().wireName());
            }
            return syncTargets.outboundConnection(scope)
                    .map(connection -> {
                        syncTargets.queue(invoice, connection);
                        return Outcome.done(invoice);
                    })
                    .orElseGet(() -> Outcome.refused(RefusalKind.NO_CONNECTION,
                            "this environment has no active connection with invoice outbound sync on"));
        });
    }

    /** Runs a change on the locked invoice; its gateway work is woken after the commit. */
    private Outcome<InvoiceView> change(Scope scope, InvoiceId id, Function<Invoice, Outcome<Invoice>> move) {
        return transactions.attempt(() -> invoices.findForUpdate(scope, id)
                .map(move)
                .orElseGet(() -> Outcome.notFound("invoice"))
                .map(views::of))
                .ifDone(view -> signal.wake());
    }
}
