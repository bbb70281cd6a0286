package dev.paybridge.adapters.persistence.contracts;

import dev.paybridge.testing.contracts.TransactionsContract;
import dev.paybridge.testing.contracts.PersistencePorts;
import org.junit.jupiter.api.extension.RegisterExtension;

/** jOOQ transactions held to its contract on a fresh PostgreSQL database. */
class JooqTransactionsIT extends TransactionsContract {
    @RegisterExtension
    static final FreshDatabase DATABASE = new FreshDatabase();

    @Override
    protected PersistencePorts ports() {
        return DATABASE.ports();
    }
}
