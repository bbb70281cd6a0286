package dev.paybridge.testing.fakes;

import dev.paybridge.testing.contracts.PersistencePorts;
import dev.paybridge.testing.contracts.SyncSubjectsContract;

/** The in-memory sync reads held to their contract. */
class InMemorySyncSubjectsTest extends SyncSubjectsContract {
    private final PersistencePorts ports = new InMemoryPersistence().ports();

    @Override
    protected PersistencePorts ports() {
        return ports;
    }
}
