package dev.paybridge.adapters.persistence.contracts;

import dev.paybridge.adapters.persistence.jooq.PostgresDatabase;
import dev.paybridge.adapters.persistence.testing.MigratedDatabase;
import dev.paybridge.testing.contracts.PersistencePorts;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A freshly migrated PostgreSQL database for one test class, with the jOOQ adapters on it: opened before the class's
 * tests, closed after them. Register it as a static field with {@code @RegisterExtension}.
 */
final class FreshDatabase implements BeforeAllCallback, AfterAllCallback {
    private PostgresDatabase database;
    private PersistencePorts ports;

    @Override
    public void beforeAll(ExtensionContext context) {
        database = MigratedDatabase.create();
        ports = JooqPersistence.on(database);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        database.close();
    }

    PersistencePorts ports() {
        return ports;
    }
}
