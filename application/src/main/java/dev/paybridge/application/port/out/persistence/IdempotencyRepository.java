package dev.paybridge.application.port.out.persistence;

import dev.paybridge.application.port.in.invoice.RememberedAnswer;
import dev.paybridge.domain.invoice.InvoiceId;
import dev.paybridge.domain.tenant.Scope;
import java.time.Instant;
import java.util.Optional;

/**
 * Remembers which invoice an idempotency key created, for which request, and the answer given, all written in the
 * creating transaction: a concurrent request with the same key waits for it, then finds the same answer.
 */
public interface IdempotencyRepository {

    /**
     * Claims the key for a new request, first thing in the creating transaction; false when it is claimed already
     * (then this transaction must make nothing). A concurrent claim of the same key waits until the first commits.
     */
    boolean claim(Scope scope, String key, String fingerprint, Instant now);

    /** Completes a claimed key with the invoice made and the answer given, inside the same transaction. */
    void complete(Scope scope, String key, InvoiceId invoiceId, RememberedAnswer answer);

    Optional<IdempotentRequest> find(Scope scope, String key);

    /** A remembered request: its fingerprint, the invoice it made and the answer it got (none for keys kept before answers were). */
    record IdempotentRequest(String fingerprint, InvoiceId invoiceId, Optional<RememberedAnswer> answer) {
    }
}
