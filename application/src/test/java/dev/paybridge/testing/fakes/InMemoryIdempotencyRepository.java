package dev.paybridge.testing.fakes;

import dev.paybridge.application.port.in.invoice.RememberedAnswer;
import dev.paybridge.application.port.out.persistence.IdempotencyRepository;
import dev.paybridge.domain.invoice.InvoiceId;
import dev.paybridge.domain.tenant.Scope;
import dev.paybridge.testing.fakes.InMemoryStore.KeyRow;
import dev.paybridge.testing.fakes.InMemoryStore.Scoped;
import java.time.Instant;
import java.util.Optional;

/** Idempotency keys in memory; a key is found only once its creating transaction completed it. */
public final class InMemoryIdempotencyRepository implements IdempotencyRepository {
    private final InMemoryStore store;

    public InMemoryIdempotencyRepository(InMemoryStore store) {
        this.store = store;
    }

    @Override
    public boolean claim(Scope scope, String key, String fingerprint, Instant now) {
        return store.statement(() -> {
            Scoped id = new Scoped(scope, key);
            boolean free = !store.idempotencyKeys.contains(id);
            if (free) {
                store.idempotencyKeys.put(id, new KeyRow(fingerprint, null, null, Micros.of(now)));
            }
            return free;
        });
    }

    @Override
    public void complete(Scope scope, String key, InvoiceId invoiceId, RememberedAnswer answer) {
        Scoped id = new Scoped(scope, key);
        store.run(() -> store.idempotencyKeys.get(id).ifPresent(row -> store.idempotencyKeys.put(id,
                new KeyRow(row.fingerprint(), invoiceId, answer, row.createdAt()))));
    }

    @Override
    public Optional<IdempotentRequest> find(Scope scope, String key) {
        return store.statement(() -> store.idempotencyKeys.get(new Scoped(scope, key))
                .filter(row -> row.invoiceId() != null)
                .map(row -> new IdempotentRequest(row.fingerprint(), row.invoiceId(), Optional.ofNullable(row.answer()))));
    }
}
