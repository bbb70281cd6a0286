package dev.paybridge.testing.fakes;

import dev.paybridge.testing.contracts.PersistencePorts;

/** Every persistence fake on one in-memory store, typed, so tests can also reach their test-only knobs. */
public final class InMemoryPersistence {
    public final InMemoryStore store = new InMemoryStore();
    public final InMemoryTenantRepository tenants = new InMemoryTenantRepository(store);
    public final InMemoryApiKeyRepository apiKeys = new InMemoryApiKeyRepository(store);
    public final InMemoryConnectionRepository connections = new InMemoryConnectionRepository(store);
    public final InMemoryInvoiceRepository invoices = new InMemoryInvoiceRepository(store);
    public final InMemoryPaymentLinkRepository links = new InMemoryPaymentLinkRepository(store);
    public final InMemoryPaymentRepository payments = new InMemoryPaymentRepository(store);
    public final InMemoryWebhookEventRepository events = new InMemoryWebhookEventRepository(store);
    public final InMemoryIdempotencyRepository idempotency = new InMemoryIdempotencyRepository(store);
    public final InMemoryJobQueue jobs = new InMemoryJobQueue(store);
    public final InMemoryTransactions transactions = new InMemoryTransactions(store);
    public final InMemoryPaymentTargets paymentTargets = new InMemoryPaymentTargets(store, events, links, invoices,
            payments);

    public PersistencePorts ports() {
        return new PersistencePorts(tenants, apiKeys, connections, invoices, links, payments, events, idempotency, jobs,
                transactions, paymentTargets);
    }
}
