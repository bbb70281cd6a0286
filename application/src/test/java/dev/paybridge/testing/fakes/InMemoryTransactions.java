package dev.paybridge.testing.fakes;

import dev.paybridge.application.outcome.Outcome;
import dev.paybridge.application.outcome.Refusal;
import dev.paybridge.application.port.out.persistence.Transactions;
import java.util.function.Supplier;

/** Transactions on the in-memory store: serialized, nested ones are savepoints, a throw or a refusal rolls back. */
public final class InMemoryTransactions implements Transactions {
    private final InMemoryStore store;

    public InMemoryTransactions(InMemoryStore store) {
        this.store = store;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return store.transaction(work);
    }

    @Override
    public <T> Outcome<T> attempt(Supplier<Outcome<T>> work) {
        try {
            return store.transaction(() -> work.get().fold(Outcome::done, refusal -> {
                throw new Refused(refusal);
            }));
        } catch (Refused refused) {
            return Outcome.refused(refused.refusal);
        }
    }

    /** Carries a refusal out of the transaction so that it rolls back. */
    private static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Refusal refusal;

        Refused(Refusal refusal) {
            super(null, null, false, false);
            this.refusal = refusal;
        }
    }
}
