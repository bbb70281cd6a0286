package dev.paybridge.application.port.in.invoice;

import dev.paybridge.application.outcome.Outcome;
import dev.paybridge.domain.invoice.InvoiceId;
import dev.paybridge.domain.invoice.Payment;
import dev.paybridge.domain.tenant.Scope;
import java.util.List;

/** Lists the payments recorded for an invoice, oldest first. */
public interface ListPaymentsUseCase {

    Outcome<List<Payment>> listPayments(Scope scope, InvoiceId invoiceId);
}
