package dev.paybridge.testing.fakes;

import dev.paybridge.testing.contracts.ConnectionRepositoryContract;
import dev.paybridge.testing.contracts.PersistencePorts;

/** The in-memory connection repository held to its contract. */
class InMemoryConnectionRepositoryTest extends ConnectionRepositoryContract {
    private final PersistencePorts ports = new InMemoryPersistence().ports();

    @Override
    protected PersistencePorts ports() {
        return ports;
    }
}
