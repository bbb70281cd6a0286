package dev.paybridge.application.port.in.invoice;

import dev.paybridge.domain.tenant.Scope;

/** Creates an invoice (draft, or finalized and queued for sync); an idempotency key makes retries safe. */
public interface CreateInvoiceUseCase {

    CreatedInvoice createInvoice(CreateInvoiceCommand command);

    /** Remembers the answer given for an idempotency key, so a retry gets the same status and body. */
    void rememberAnswer(Scope scope, String idempotencyKey, int status, String body);
}
