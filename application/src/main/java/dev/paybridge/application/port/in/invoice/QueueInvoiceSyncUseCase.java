package dev.paybridge.application.port.in.invoice;

import dev.paybridge.application.outcome.Outcome;
import dev.paybridge.domain.invoice.InvoiceId;
import dev.paybridge.domain.tenant.Scope;

/** Queues an invoice's sync by hand (also after a definite refusal). */
public interface QueueInvoiceSyncUseCase {

    Outcome<InvoiceView> queueSync(Scope scope, InvoiceId id);
}
