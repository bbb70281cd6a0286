package dev.paybridge.testing.fakes;

import dev.paybridge.testing.contracts.PaymentRepositoryContract;
import dev.paybridge.testing.contracts.PersistencePorts;

/** The in-memory payment repository held to its contract. */
class InMemoryPaymentRepositoryTest extends PaymentRepositoryContract {
    private final PersistencePorts ports = new InMemoryPersistence().ports();

    @Override
    protected PersistencePorts ports() {
        return ports;
    }
}
