package dev.paybridge.adapters.persistence.contracts;

import dev.paybridge.testing.contracts.IdempotencyRepositoryContract;
import dev.paybridge.testing.contracts.PersistencePorts;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The jOOQ idempotency repository held to its contract on a fresh PostgreSQL database. */
class JooqIdempotencyRepositoryIT extends IdempotencyRepositoryContract {
    @RegisterExtension
    static final FreshDatabase DATABASE = new FreshDatabase();

    @Override
    protected PersistencePorts ports() {
        return DATABASE.ports();
    }
}
