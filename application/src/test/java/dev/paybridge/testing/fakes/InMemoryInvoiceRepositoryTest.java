package dev.paybridge.testing.fakes;

import dev.paybridge.testing.contracts.InvoiceRepositoryContract;
import dev.paybridge.testing.contracts.PersistencePorts;

/** The in-memory invoice repository held to its contract. */
class InMemoryInvoiceRepositoryTest extends InvoiceRepositoryContract {
    private final PersistencePorts ports = new InMemoryPersistence().ports();

    @Override
    protected PersistencePorts ports() {
        return ports;
    }
}
