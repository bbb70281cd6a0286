package dev.paybridge.application.service.invoice;

import dev.paybridge.application.outcome.Outcome;
import dev.paybridge.application.port.in.invoice.ListPaymentsUseCase;
import dev.paybridge.application.port.out.persistence.InvoiceRepository;
import dev.paybridge.application.port.out.persistence.PaymentRepository;
import dev.paybridge.domain.invoice.InvoiceId;
import dev.paybridge.domain.invoice.Payment;
import dev.paybridge.domain.tenant.Scope;
import jakarta.inject.Inject;
import java.util.List;

/** Reads the payments recorded for an invoice. */
public final class PaymentQueries implements ListPaymentsUseCase {
    private final InvoiceRepository invoices;
    private final PaymentRepository payments;

    @Inject
    public PaymentQueries(InvoiceRepository invoices, PaymentRepository payments) {
        this.invoices = invoices;
        this.payments = payments;
    }

    @Override
    public Outcome<List<Payment>> listPayments(Scope scope, InvoiceId invoiceId) {
        if (invoices.find(scope, invoiceId).isEmpty()) {
            return Outcome.notFound("invoice");
        }
        return Outcome.done(payments.listForInvoice(scope, invoiceId));
    }
}
