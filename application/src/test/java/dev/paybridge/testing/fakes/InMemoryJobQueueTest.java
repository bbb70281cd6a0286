package dev.paybridge.testing.fakes;

import dev.paybridge.testing.contracts.JobQueueContract;
import dev.paybridge.testing.contracts.PersistencePorts;

/** The in-memory job queue held to its contract. */
class InMemoryJobQueueTest extends JobQueueContract {
    private final PersistencePorts ports = new InMemoryPersistence().ports();

    @Override
    protected PersistencePorts ports() {
        return ports;
    }
}
