package dev.paybridge.testing.fakes;

import dev.paybridge.testing.contracts.WebhookEventRepositoryContract;
import dev.paybridge.testing.contracts.PersistencePorts;

/** The in-memory webhook event repository held to its contract. */
class InMemoryWebhookEventRepositoryTest extends WebhookEventRepositoryContract {
    private final PersistencePorts ports = new InMemoryPersistence().ports();

    @Override
    protected PersistencePorts ports() {
        return ports;
    }
}
