package dev.paybridge.application.service.invoice;

import dev.paybridge.application.gateway.GatewayConnections;
import dev.paybridge.application.page.Page;
import dev.paybridge.application.page.PageRequest;
import dev.paybridge.application.port.in.invoice.CreateInvoiceCommand;
import dev.paybridge.application.port.in.invoice.CreateInvoiceCommand.IdempotencyKey;
import dev.paybridge.application.port.in.invoice.CreateInvoiceUseCase;
import dev.paybridge.application.port.in.invoice.CreatedInvoice;
import dev.paybridge.application.port.in.invoice.GetInvoiceUseCase;
import dev.paybridge.application.port.in.invoice.InvoiceView;
import dev.paybridge.application.port.in.invoice.ListInvoicesUseCase;
import dev.paybridge.application.port.out.SyncSignal;
import dev.paybridge.application.port.out.persistence.IdempotencyRepository;
import dev.paybridge.application.port.out.persistence.IdempotencyRepository.IdempotentRequest;
import dev.paybridge.application.port.out.persistence.InvoiceFilter;
import dev.paybridge.application.port.out.persistence.InvoiceRepository;
import dev.paybridge.application.port.out.persistence.Transactions;
import dev.paybridge.application.problem.Refusal;
import dev.paybridge.application.problem.RequestRefusedException;
import dev.paybridge.application.spi.PaymentGatewayProvider;
import dev.paybridge.domain.invoice.Invoice;
import dev.paybridge.domain.invoice.InvoiceId;
import dev.paybridge.domain.tenant.Scope;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

/** Creates (idempotently), reads and lists invoices. */
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
    public CreatedInvoice createInvoice(CreateInvoiceCommand command) {
        Optional<IdempotencyKey> key = command.idempotencyKey();
        if (key.isPresent()) {
            Optional<CreatedInvoice> replay = replay(command.scope(), key.get());
            if (replay.isPresent()) {
                return replay.get();
            }
        }
        Optional<PaymentGatewayProvider> gateway = syncTargets.outboundConnection(command.scope()).map(gateways::provider);
        Instant now = clock.instant();
        InvoiceRules.Content content = InvoiceRules.check(command, gateway, LocalDate.ofInstant(now, ZoneOffset.UTC));
        Created created;
        try {
            created = transactions.inTransaction(() -> create(command, content, now));
        } catch (KeyTakenMeanwhile taken) {
            return replay(command.scope(), key.orElseThrow()).orElseThrow();
        }
        if (created.queued()) {
            signal.wake();
        }
        return new CreatedInvoice(views.of(created.invoice()), Optional.empty());
    }

    private Created create(CreateInvoiceCommand command, InvoiceRules.Content content, Instant now) {
        Scope scope = command.scope();
        String number = "INV-%06d".formatted(invoices.nextNumber(scope));
        Invoice invoice = Invoice.draft(InvoiceId.generate(), scope, number, content.currency(), content.customer(),
                content.lines(), content.dueDate(), command.metadata(), now);
        if (command.finalizeNow()) {
            invoice = invoice.finalized(now);
        }
        invoices.insert(invoice);
        boolean queued = command.finalizeNow() && syncTargets.queueIfSyncing(invoice);
        if (command.idempotencyKey().isPresent()) {
            IdempotencyKey key = command.idempotencyKey().get();
            if (!idempotency.bind(scope, key.key(), key.fingerprint(), invoice.id(), now)) {
                throw new KeyTakenMeanwhile();
            }
        }
        return new Created(invoice, queued);
    }

    private Optional<CreatedInvoice> replay(Scope scope, IdempotencyKey key) {
        return idempotency.find(scope, key.key()).map(earlier -> {
            if (!earlier.fingerprint().equals(key.fingerprint())) {
                throw new RequestRefusedException(Refusal.CONFLICT,
                        "this Idempotency-Key was used with a different request body");
            }
            Invoice invoice = invoices.find(scope, earlier.invoiceId()).orElseThrow(() -> new IllegalStateException(
                    "idempotency key bound to missing invoice " + earlier.invoiceId()));
            return new CreatedInvoice(views.of(invoice), answer(earlier));
        });
    }

    private static Optional<CreatedInvoice.RememberedAnswer> answer(IdempotentRequest earlier) {
        return earlier.responseStatus() == null ? Optional.empty()
                : Optional.of(new CreatedInvoice.RememberedAnswer(earlier.responseStatus(), earlier.responseBody()));
    }

    @Override
    public void rememberAnswer(Scope scope, String idempotencyKey, int status, String body) {
        idempotency.saveResponse(scope, idempotencyKey, status, body);
    }

    @Override
    public InvoiceView getInvoice(Scope scope, InvoiceId id) {
        return views.of(invoices.find(scope, id).orElseThrow(() -> RequestRefusedException.notFound("invoice")));
    }

    @Override
    public Page<InvoiceView> listInvoices(Scope scope, InvoiceFilter filter, PageRequest page) {
        return invoices.list(scope, filter, page).map(views::of);
    }

    /** A stored invoice and whether its sync was queued. */
    private record Created(Invoice invoice, boolean queued) {
    }

    /** Another request bound the same idempotency key first; this transaction rolls back and replays theirs. */
    private static final class KeyTakenMeanwhile extends RuntimeException {
        private static final long serialVersionUID = 1L;

        KeyTakenMeanwhile() {
            super(null, null, false, false);
        }
    }
}
