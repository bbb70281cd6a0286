package dev.paybridge.application.port.out.persistence;

import dev.paybridge.domain.invoice.InvoiceId;
import dev.paybridge.domain.tenant.Scope;
import java.time.Instant;
import java.util.Optional;

/** Remembers which invoice an {@code Idempotency-Key} created, for which request, and the answer first given. */
public interface IdempotencyRepository {

    /** Binds the key to the invoice inside the creating transaction; false when the key is already bound. */
    boolean bind(Scope scope, String key, String fingerprint, InvoiceId invoiceId, Instant now);

    Optional<IdempotentRequest> find(Scope scope, String key);

    void saveResponse(Scope scope, String key, int status, String body);

    /** A remembered request: its fingerprint, the invoice it made, and the answer once it was given. */
    record IdempotentRequest(String fingerprint, InvoiceId invoiceId, Integer responseStatus, String responseBody) {
    }
}
