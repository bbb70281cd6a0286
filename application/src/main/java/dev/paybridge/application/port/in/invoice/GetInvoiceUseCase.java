package dev.paybridge.application.port.in.invoice;

import dev.paybridge.application.outcome.Outcome;
import dev.paybridge.domain.invoice.InvoiceId;
import dev.paybridge.domain.tenant.Scope;

/** Reads one invoice of a tenant environment. */
public interface GetInvoiceUseCase {

    Outcome<InvoiceView> getInvoice(Scope scope, InvoiceId id);
}
