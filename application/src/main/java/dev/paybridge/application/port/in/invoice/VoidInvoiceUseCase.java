package dev.paybridge.application.port.in.invoice;

import dev.paybridge.application.outcome.Outcome;
import dev.paybridge.domain.invoice.InvoiceId;
import dev.paybridge.domain.tenant.Scope;

/** Voids an unpaid invoice; its gateway link is canceled, retried until the gateway confirms. */
public interface VoidInvoiceUseCase {

    Outcome<InvoiceView> voidInvoice(Scope scope, InvoiceId id);
}
