package dev.paybridge.adapters.persistence.contracts;

import dev.paybridge.testing.contracts.ConnectionRepositoryContract;
import dev.paybridge.testing.contracts.PersistencePorts;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The jOOQ connection repository held to its contract on a fresh PostgreSQL database. */
class JooqConnectionRepositoryIT extends ConnectionRepositoryContract {
    @RegisterExtension
    static final FreshDatabase DATABASE = new FreshDatabase();

    @Override
    protected PersistencePorts ports() {
        return DATABASE.ports();
    }
}
