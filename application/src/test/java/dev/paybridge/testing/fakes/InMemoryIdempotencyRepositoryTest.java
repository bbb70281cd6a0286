package dev.paybridge.testing.fakes;

import dev.paybridge.testing.contracts.IdempotencyRepositoryContract;
import dev.paybridge.testing.contracts.PersistencePorts;

/** The in-memory idempotency repository held to its contract. */
class InMemoryIdempotencyRepositoryTest extends IdempotencyRepositoryContract {
    private final PersistencePorts ports = new InMemoryPersistence().ports();

    @Override
    protected PersistencePorts ports() {
        return ports;
    }
}
