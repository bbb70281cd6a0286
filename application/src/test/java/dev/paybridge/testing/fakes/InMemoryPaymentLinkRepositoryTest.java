package dev.paybridge.testing.fakes;

import dev.paybridge.testing.contracts.PaymentLinkRepositoryContract;
import dev.paybridge.testing.contracts.PersistencePorts;

/** The in-memory payment link repository held to its contract. */
class InMemoryPaymentLinkRepositoryTest extends PaymentLinkRepositoryContract {
    private final PersistencePorts ports = new InMemoryPersistence().ports();

    @Override
    protected PersistencePorts ports() {
        return ports;
    }
}
