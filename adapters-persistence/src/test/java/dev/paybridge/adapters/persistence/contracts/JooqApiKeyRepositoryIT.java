package dev.paybridge.adapters.persistence.contracts;

import dev.paybridge.testing.contracts.ApiKeyRepositoryContract;
import dev.paybridge.testing.contracts.PersistencePorts;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The jOOQ API key repository held to its contract on a fresh PostgreSQL database. */
class JooqApiKeyRepositoryIT extends ApiKeyRepositoryContract {
    @RegisterExtension
    static final FreshDatabase DATABASE = new FreshDatabase();

    @Override
    protected PersistencePorts ports() {
        return DATABASE.ports();
    }
}
