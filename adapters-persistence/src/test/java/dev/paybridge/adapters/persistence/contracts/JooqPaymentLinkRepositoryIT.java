package dev.paybridge.adapters.persistence.contracts;

import dev.paybridge.testing.contracts.PaymentLinkRepositoryContract;
import dev.paybridge.testing.contracts.PersistencePorts;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The jOOQ payment link repository held to its contract on a fresh PostgreSQL database. */
class JooqPaymentLinkRepositoryIT extends PaymentLinkRepositoryContract {
    @RegisterExtension
    static final FreshDatabase DATABASE = new FreshDatabase();

    @Override
    protected PersistencePorts ports() {
        return DATABASE.ports();
    }
}
