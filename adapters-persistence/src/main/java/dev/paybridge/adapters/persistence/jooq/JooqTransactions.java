package dev.paybridge.adapters.persistence.jooq;

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
        return dsl.transactionResult(ignored -> work.get());
    }
}
