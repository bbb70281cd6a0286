package dev.paybridge.adapters.persistence.contracts;

import dev.paybridge.testing.contracts.PaymentTargetsContract;
import dev.paybridge.testing.contracts.PersistencePorts;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The webhook's one-round-trip reads and writes held to its contract on a fresh PostgreSQL database. */
class JdbcPaymentTargetsIT extends PaymentTargetsContract {
    @RegisterExtension
    static final FreshDatabase DATABASE = new FreshDatabase();

    @Override
    protected PersistencePorts ports() {
        return DATABASE.ports();
    }
}
