package dev.paybridge.testing.fakes;

import dev.paybridge.testing.contracts.TransactionsContract;
import dev.paybridge.testing.contracts.PersistencePorts;

/** The in-memory transactions held to its contract. */
class InMemoryTransactionsTest extends TransactionsContract {
    private final PersistencePorts ports = new InMemoryPersistence().ports();

    @Override
    protected PersistencePorts ports() {
        return ports;
    }
}
