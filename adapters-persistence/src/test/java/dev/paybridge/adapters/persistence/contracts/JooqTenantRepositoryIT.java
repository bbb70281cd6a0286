package dev.paybridge.adapters.persistence.contracts;

import dev.paybridge.testing.contracts.TenantRepositoryContract;
import dev.paybridge.testing.contracts.PersistencePorts;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The jOOQ tenant repository held to its contract on a fresh PostgreSQL database. */
class JooqTenantRepositoryIT extends TenantRepositoryContract {
    @RegisterExtension
    static final FreshDatabase DATABASE = new FreshDatabase();

    @Override
    protected PersistencePorts ports() {
        return DATABASE.ports();
    }
}
