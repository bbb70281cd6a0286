package dev.paybridge.adapters.persistence.jooq;

import dev.paybridge.application.outcome.Outcome;
import dev.paybridge.application.outcome.Refusal;
import dev.paybridge.application.port.out.persistence.Transactions;
import jakarta.inject.Inject;
import java.util.function.Supplier;
import org.jooq.DSLContext;

/** Transactions on the shared jOOQ context; nested calls join the outer transaction through its thread binding. */
public final class JooqTransactions implements Transactions {
    private final DSLContext dsl;

    @Inject
    public JooqTransactions(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return dsl.transactionResult(() -> work.get());
    }

    @Override
    public <T> Outcome<T> attempt(Supplier<Outcome<T>> work) {
        try {
            return dsl.transactionResult(() -> work.get().fold(Outcome::done, refusal -> {
                throw new RolledBack(refusal);
            }));
        } catch (RolledBack refused) {
            return Outcome.refused(refused.refusal);
        }
    }

    /** Carries a refusal out of the transaction, so that jOOQ rolls it back. */
    private static final class RolledBack extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Refusal refusal;

        RolledBack(Refusal refusal) {
            super(null, null, false, false);
            this.refusal = refusal;
        }
    }
}
