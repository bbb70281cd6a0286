package dev.paybridge.application.port.in.invoice;

import dev.paybridge.application.outcome.Outcome;
import dev.paybridge.domain.invoice.InvoiceId;
import dev.paybridge.domain.tenant.Scope;

/** Finalizes a draft; with an active syncing connection the invoice is queued for sync in the same transaction. */
public interface FinalizeInvoiceUseCase {

    Outcome<InvoiceView> finalizeInvoice(Scope scope, InvoiceId id);
}
