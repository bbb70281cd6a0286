package dev.paybridge.testing.fakes;

import dev.paybridge.application.port.out.persistence.PaymentRepository;
import dev.paybridge.domain.invoice.InvoiceId;
import dev.paybridge.domain.invoice.Payment;
import dev.paybridge.domain.tenant.Scope;
import dev.paybridge.testing.fakes.InMemoryStore.Scoped;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Payments in memory: saved by id (an existing one keeps its invoice, amount and creation time), and a second payment
 * with the same gateway payment id in one environment is refused by throwing, as the unique key does.
 */
public final class InMemoryPaymentRepository implements PaymentRepository {
    private static final Comparator<Payment> OLDEST_FIRST = Comparator.comparing(Payment::createdAt)
            .thenComparing(payment -> payment.id().value());
    private final InMemoryStore store;

    public InMemoryPaymentRepository(InMemoryStore store) {
        this.store = store;
    }

    @Override
    public void save(Scope scope, Payment payment) {
        store.run(() -> {
            Scoped key = new Scoped(scope, payment.id().value());
            Payment fitted = fitted(payment);
            store.payments.get(key).ifPresentOrElse(
                    row -> store.payments.put(key, new Payment(row.id(), row.invoiceId(), row.providerType(),
                            row.gatewayPaymentId(), fitted.state(), row.amount(), fitted.amountRefunded(),
                            fitted.method(), fitted.failureMessage(), row.createdAt(), fitted.updatedAt())),
                    () -> {
                        if (ofScope(scope).anyMatch(row -> row.providerType().equals(payment.providerType())
                                && row.gatewayPaymentId().equals(payment.gatewayPaymentId()))) {
                            throw new ConstraintViolation("payments_gateway_uk");
                        }
                        store.requireInvoice(scope, payment.invoiceId(), "payments_invoice_fk");
                        store.payments.put(key, fitted);
                    });
        });
    }

    @Override
    public List<Payment> listForInvoice(Scope scope, InvoiceId invoiceId) {
        return store.statement(() -> ofScope(scope).filter(payment -> payment.invoiceId().equals(invoiceId))
                .sorted(OLDEST_FIRST).toList());
    }

    private Stream<Payment> ofScope(Scope scope) {
        return store.payments.copy().entrySet().stream().filter(entry -> entry.getKey().scope().equals(scope))
                .map(Map.Entry::getValue);
    }

    private static Payment fitted(Payment p) {
        Payment.PaymentMethod method = p.method() == null ? null : new Payment.PaymentMethod(
                Columns.fit(p.method().type(), 64), Columns.fit(p.method().company(), 64),
                Columns.fit(p.method().last4(), 4));
        if (method != null && method.type() == null && method.last4() == null) {
            method = null;
        }
        return new Payment(p.id(), p.invoiceId(), p.providerType(), p.gatewayPaymentId(), p.state(), p.amount(),
                p.amountRefunded(), method, Columns.fit(p.failureMessage(), 1000), Micros.of(p.createdAt()),
                Micros.of(p.updatedAt()));
    }
}
