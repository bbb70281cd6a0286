package dev.paybridge.adapters.persistence.contracts;

import dev.paybridge.testing.contracts.PersistencePorts;
import dev.paybridge.testing.contracts.SyncSubjectsContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A sync's reads in one round trip held to their contract on a fresh PostgreSQL database. */
class JooqSyncSubjectsIT extends SyncSubjectsContract {
    @RegisterExtension
    static final FreshDatabase DATABASE = new FreshDatabase();

    @Override
    protected PersistencePorts ports() {
        return DATABASE.ports();
    }
}
