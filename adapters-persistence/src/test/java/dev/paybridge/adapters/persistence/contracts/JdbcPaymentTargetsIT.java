package dev.paybridge.adapters.persistence.contracts;

import dev.paybridge.adapters.persistence.jooq.PostgresDatabase;
import dev.paybridge.adapters.persistence.testing.MigratedDatabase;
import dev.paybridge.testing.contracts.PaymentTargetsContract;
import dev.paybridge.testing.contracts.PersistencePorts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The webhook's one-round-trip reads and writes held to its contract on a fresh PostgreSQL database. */
class JdbcPaymentTargetsIT extends PaymentTargetsContract {
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
