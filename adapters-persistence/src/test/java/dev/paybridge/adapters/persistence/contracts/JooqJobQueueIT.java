package dev.paybridge.adapters.persistence.contracts;

import dev.paybridge.testing.contracts.JobQueueContract;
import dev.paybridge.testing.contracts.PersistencePorts;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The PostgreSQL job queue held to its contract on a fresh PostgreSQL database. */
class JooqJobQueueIT extends JobQueueContract {
    @RegisterExtension
    static final FreshDatabase DATABASE = new FreshDatabase();

    @Override
    protected PersistencePorts ports() {
        return DATABASE.ports();
    }
}
