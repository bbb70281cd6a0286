package dev.paybridge.adapters.persistence.contracts;

import dev.paybridge.testing.contracts.InvoiceRepositoryContract;
import dev.paybridge.testing.contracts.PersistencePorts;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The jOOQ invoice repository held to its contract on a fresh PostgreSQL database. */
class JooqInvoiceRepositoryIT extends InvoiceRepositoryContract {
    @RegisterExtension
    static final FreshDatabase DATABASE = new FreshDatabase();

    @Override
    protected PersistencePorts ports() {
        return DATABASE.ports();
    }
}
