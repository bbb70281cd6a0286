package dev.paybridge.application.service.invoice;

import dev.paybridge.application.gateway.GatewayConnections;
import dev.paybridge.application.outcome.Outcome;
import dev.paybridge.application.outcome.RefusalKind;
import dev.paybridge.application.page.InvoiceFilter;
import dev.paybridge.application.page.Page;
import dev.paybridge.application.page.PageRequest;
import dev.paybridge.application.port.in.invoice.CreateInvoiceCommand;
import dev.paybridge.application.port.in.invoice.CreateInvoiceCommand.Idempotency;
import dev.paybridge.application.port.in.invoice.CreateInvoiceUseCase;
import dev.paybridge.application.port.in.invoice.CreatedInvoice;
import dev.paybridge.application.port.in.invoice.GetInvoiceUseCase;
import dev.paybridge.application.port.in.invoice.InvoiceView;
import dev.paybridge.application.port.in.invoice.ListInvoicesUseCase;
import dev.paybridge.application.port.in.invoice.RememberedAnswer;
import dev.paybridge.application.port.out.SyncSignal;
import dev.paybridge.application.port.out.persistence.IdempotencyRepository;
import dev.paybridge.application.port.out.persistence.InvoiceRepository;
import dev.paybridge.application.port.out.persistence.Transactions;
import dev.paybridge.application.spi.PaymentGatewayProvider;
import dev.paybridge.domain.invoice.Invoice;
import dev.paybridge.domain.invoice.InvoiceId;
import dev.paybridge.domain.invoice.LineItem;
import dev.paybridge.domain.tenant.Scope;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * Creates (idempotently), reads and lists invoices. An idempotency key is claimed first thing in the creating
 * transaction and completed with the answer in it, so concurrent retries wait for the first and get its answer.
 */
public final class InvoiceService implements CreateInvoiceUseCase, GetInvoiceUseCase, ListInvoicesUseCase {
    private final InvoiceRepository invoices;
    private final IdempotencyRepository idempotency;
    private final SyncTargets syncTargets;
    private final GatewayConnections gateways;
    private final InvoiceViews views;
    private final Transactions transactions;
    private final SyncSignal signal;
    private final Clock clock;

    @Inject
    public InvoiceService(InvoiceRepository invoices, IdempotencyRepository idempotency, SyncTargets syncTargets,
            GatewayConnections gateways, InvoiceViews views, Transactions transactions, SyncSignal signal, Clock clock) {
        this.invoices = invoices;
        this.idempotency = idempotency;
        this.syncTargets = syncTargets;
        this.gateways = gateways;
        this.views = views;
        this.transactions = transactions;
        this.signal = signal;
        this.clock = clock;
    }

    @Override
    public Outcome<CreatedInvoice> createInvoice(CreateInvoiceCommand command) {
        Optional<Outcome<CreatedInvoice>> replay = command.idempotency().flatMap(key -> replay(command.scope(), key));
        if (replay.isPresent()) {
            return replay.get();
        }
        Optional<PaymentGatewayProvider> gateway = syncTargets.outboundConnection(command.scope()).map(gateways::provider);
        Instant now = clock.instant();
        return InvoiceRules.check(command, gateway, LocalDate.ofInstant(now, ZoneOffset.UTC)).flatMap(lines -> {
            Created created;
            try {
                created = transactions.inTransaction(() -> create(command, lines, now));
            } catch (KeyTakenMeanwhile taken) {
                return replay(command.scope(), command.idempotency().orElseThrow()).orElseThrow();
            }
            if (created.queued()) {
                signal.wake();
            }
            return Outcome.done(created.invoice());
        });
    }

    private Created create(CreateInvoiceCommand command, List<LineItem> lines, Instant now) {
        Scope scope = command.scope();
        Optional<Idempotency> key = command.idempotency();
        if (key.isPresent() && !idempotency.claim(scope, key.get().key(), key.get().fingerprint(), now)) {
            throw new KeyTakenMeanwhile();
        }
        String number = "INV-%06d".formatted(invoices.nextNumber(scope));
        Invoice invoice = Invoice.draft(InvoiceId.generate(), scope, number, command.currency(), command.customer(),
                lines, command.dueDate(), command.metadata(), now);
        if (command.finalizeNow()) {
            invoice = invoice.finalized(now);
        }
        invoices.insert(invoice);
        boolean queued = command.finalizeNow() && syncTargets.queueIfSyncing(invoice);
        InvoiceView view = views.of(invoice);
        Optional<RememberedAnswer> answer = key.map(k -> k.format().answer(view));
        answer.ifPresent(a -> idempotency.complete(scope, key.get().key(), view.invoice().id(), a));
        return new Created(new CreatedInvoice(view, answer), queued);
    }

    private Optional<Outcome<CreatedInvoice>> replay(Scope scope, Idempotency key) {
        return idempotency.find(scope, key.key()).map(earlier -> {
            if (!earlier.fingerprint().equals(key.fingerprint())) {
                return Outcome.refused(RefusalKind.CONFLICT,
                        "this Idempotency-Key was used with a different request body");
            }
            Invoice invoice = invoices.find(scope, earlier.invoiceId()).orElseThrow(() -> new IllegalStateException(
                    "idempotency key bound to missing invoice " + earlier.invoiceId()));
            return Outcome.done(new CreatedInvoice(views.of(invoice), earlier.answer()));
        });
    }

    @Override
    public Outcome<InvoiceView> getInvoice(Scope scope, InvoiceId id) {
        return invoices.find(scope, id).map(views::of).map(Outcome::done).orElseGet(() -> Outcome.notFound("invoice"));
    }

    @Override
    public Page<InvoiceView> listInvoices(Scope scope, InvoiceFilter filter, PageRequest page) {
        return invoices.list(scope, filter, page).map(views::of);
    }

    /** A stored invoice and whether its sync was queued. */
    private record Created(CreatedInvoice invoice, boolean queued) {
    }

    /** Another request claimed the same idempotency key first; this transaction rolls back and replays theirs. */
    private static final class KeyTakenMeanwhile extends RuntimeException {
        private static final long serialVersionUID = 1L;

        KeyTakenMeanwhile() {
            super(null, null, false, false);
        }
    }
}
