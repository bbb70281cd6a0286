package dev.paybridge.testing.fakes;

import dev.paybridge.testing.contracts.ApiKeyRepositoryContract;
import dev.paybridge.testing.contracts.PersistencePorts;

/** The in-memory api key repository held to its contract. */
class InMemoryApiKeyRepositoryTest extends ApiKeyRepositoryContract {
    private final PersistencePorts ports = new InMemoryPersistence().ports();

    @Override
    protected PersistencePorts ports() {
        return ports;
    }
}
