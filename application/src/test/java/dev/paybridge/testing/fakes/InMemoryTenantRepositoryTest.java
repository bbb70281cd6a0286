package dev.paybridge.testing.fakes;

import dev.paybridge.testing.contracts.TenantRepositoryContract;
import dev.paybridge.testing.contracts.PersistencePorts;

/** The in-memory tenant repository held to its contract. */
class InMemoryTenantRepositoryTest extends TenantRepositoryContract {
    private final PersistencePorts ports = new InMemoryPersistence().ports();

    @Override
    protected PersistencePorts ports() {
        return ports;
    }
}
