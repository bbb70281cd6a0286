package dev.paybridge.adapters.persistence.contracts;

import dev.paybridge.adapters.persistence.jooq.PostgresDatabase;
import dev.paybridge.adapters.persistence.testing.MigratedDatabase;
import dev.paybridge.testing.contracts.TransactionsContract;
import dev.paybridge.testing.contracts.PersistencePorts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** jOOQ transactions held to its contract on a fresh PostgreSQL database. */
class JooqTransactionsIT extends TransactionsContract {
    private static PostgresDatabase database;
    private static PersistencePorts ports;

    @BeforeAll
    static void openDatabase() {
        database = MigratedDatabase.create();
        ports = JooqPersistence.on(database);
    }

    @AfterAll
    static void closeDatabase() {
        database.close();
    }

    @Override
    protected PersistencePorts ports() {
        return ports;
    }
}
