package dev.paybridge.adapters.persistence.contracts;

import dev.paybridge.testing.contracts.WebhookEventRepositoryContract;
import dev.paybridge.testing.contracts.PersistencePorts;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The jOOQ webhook event repository held to its contract on a fresh PostgreSQL database. */
class JooqWebhookEventRepositoryIT extends WebhookEventRepositoryContract {
    @RegisterExtension
    static final FreshDatabase DATABASE = new FreshDatabase();

    @Override
    protected PersistencePorts ports() {
        return DATABASE.ports();
    }
}
