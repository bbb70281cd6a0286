package dev.paybridge.testing.fakes;

import dev.paybridge.application.page.InvoiceFilter;
import dev.paybridge.application.page.Page;
import dev.paybridge.application.page.PageRequest;
import dev.paybridge.application.port.out.persistence.InvoiceRepository;
import dev.paybridge.domain.invoice.Invoice;
import dev.paybridge.domain.invoice.InvoiceId;
import dev.paybridge.domain.invoice.LineItem;
import dev.paybridge.domain.tenant.Scope;
import dev.paybridge.testing.fakes.InMemoryStore.Scoped;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Invoices in memory with gap-free numbers per environment; lines read back as the numeric columns give them. Told
 * to, it breaks its next update, as a database that fails mid-transaction would.
 */
public final class InMemoryInvoiceRepository implements InvoiceRepository {
    private static final Comparator<Invoice> NEWEST_FIRST = Comparator.comparing(Invoice::createdAt)
            .thenComparing(invoice -> invoice.id().value()).reversed();
    private final InMemoryStore store;
    private final AtomicReference<RuntimeException> nextUpdateFailure = new AtomicReference<>();

    public InMemoryInvoiceRepository(InMemoryStore store) {
        this.store = store;
    }

    /** The next {@link #update} throws {@code failure} instead of writing. */
    public void failNextUpdate(RuntimeException failure) {
        nextUpdateFailure.set(failure);
    }

    @Override
    public long nextNumber(Scope scope) {
        return store.statement(() -> {
            store.requireEnvironment(scope, "invoice_numbers_environment_fk");
            long next = store.invoiceNumbers.get(scope).orElse(0L) + 1;
            store.invoiceNumbers.put(scope, next);
            return next;
        });
    }

    @Override
    public void insert(Invoice invoice) {
        store.run(() -> {
            store.requireEnvironment(invoice.scope(), "invoices_environment_fk");
            if (store.invoices.contains(key(invoice.scope(), invoice.id()))) {
                throw new ConstraintViolation("invoices_pk");
            }
            if (store.invoices.any(other -> other.scope().equals(invoice.scope())
                    && other.number().equals(invoice.number()))) {
                throw new ConstraintViolation("invoices_number_uk");
            }
            store.invoices.put(key(invoice.scope(), invoice.id()), stored(invoice));
        });
    }

    @Override
    public void update(Invoice invoice) {
        RuntimeException failure = nextUpdateFailure.getAndSet(null);
        if (failure != null) {
            throw failure;
        }
        store.run(() -> store.invoices.get(key(invoice.scope(), invoice.id())).ifPresent(row ->
                store.invoices.put(key(invoice.scope(), invoice.id()), new Invoice(row.id(), row.scope(), row.number(),
                        invoice.status(), invoice.paymentStatus(), row.currency(), row.total(), invoice.amountPaid(),
                        row.customer(), row.lineItems(), row.dueDate(), row.metadata(), row.createdAt(),
                        Micros.of(invoice.finalizedAt()), Micros.of(invoice.paidAt()),
                        Micros.of(invoice.voidedAt())))));
    }

    @Override
    public Optional<Invoice> find(Scope scope, InvoiceId id) {
        return store.statement(() -> store.invoices.get(key(scope, id)));
    }

    @Override
    public Optional<Invoice> findForUpdate(Scope scope, InvoiceId id) {
        return find(scope, id);
    }

    @Override
    public Page<Invoice> list(Scope scope, InvoiceFilter filter, PageRequest page) {
        return store.statement(() -> Pages.of(store.invoices.where(invoice -> invoice.scope().equals(scope)
                && filter.invoiceStatus().map(status -> invoice.status() == status).orElse(true)
                && filter.paymentStatus().map(status -> invoice.paymentStatus() == status).orElse(true)
                && filter.customerExternalId().map(invoice.customer().externalId()::equals).orElse(true)),
                NEWEST_FIRST, page));
    }

    private static Scoped key(Scope scope, InvoiceId id) {
        return new Scoped(scope, id.value());
    }

    private static Invoice stored(Invoice i) {
        List<LineItem> lines = i.lineItems().stream().map(line -> new LineItem(line.description(),
                line.quantity().stripTrailingZeros(), line.unitAmount().stripTrailingZeros(), line.amount())).toList();
        return new Invoice(i.id(), i.scope(), i.number(), i.status(), i.paymentStatus(), i.currency(), i.total(),
                i.amountPaid(), i.customer(), lines, i.dueDate(), i.metadata(), Micros.of(i.createdAt()),
                Micros.of(i.finalizedAt()), Micros.of(i.paidAt()), Micros.of(i.voidedAt()));
    }
}
