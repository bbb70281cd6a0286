package dev.paybridge.testing.fakes;

import dev.paybridge.testing.contracts.PaymentTargetsContract;
import dev.paybridge.testing.contracts.PersistencePorts;

/** The in-memory payment targets held to its contract. */
class InMemoryPaymentTargetsTest extends PaymentTargetsContract {
    private final PersistencePorts ports = new InMemoryPersistence().ports();

    @Override
    protected PersistencePorts ports() {
        return ports;
    }
}
