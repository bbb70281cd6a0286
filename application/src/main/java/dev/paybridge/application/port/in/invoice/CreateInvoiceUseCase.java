package dev.paybridge.application.port.in.invoice;

import dev.paybridge.application.outcome.Outcome;

/** Creates an invoice (draft, or finalized and queued for sync); an idempotency key makes retries safe. */
public interface CreateInvoiceUseCase {

    /**
     * The created invoice, or the first one made with the same idempotency key and body; refused for amounts or
     * dates the environment cannot take (validation) and for a key reused with another body (conflict).
     */
    Outcome<CreatedInvoice> createInvoice(CreateInvoiceCommand command);
}
