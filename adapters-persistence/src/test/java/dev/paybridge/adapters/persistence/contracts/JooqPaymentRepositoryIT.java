package dev.paybridge.adapters.persistence.contracts;

import dev.paybridge.testing.contracts.PaymentRepositoryContract;
import dev.paybridge.testing.contracts.PersistencePorts;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The jOOQ payment repository held to its contract on a fresh PostgreSQL database. */
class JooqPaymentRepositoryIT extends PaymentRepositoryContract {
    @RegisterExtension
    static final FreshDatabase DATABASE = new FreshDatabase();

    @Override
    protected PersistencePorts ports() {
        return DATABASE.ports();
    }
}
