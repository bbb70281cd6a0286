package dev.paybridge.adapters.persistence.contracts;

import dev.paybridge.adapters.persistence.connection.JooqConnectionRepository;
import dev.paybridge.adapters.persistence.hot.JdbcPaymentTargets;
import dev.paybridge.adapters.persistence.invoice.JooqIdempotencyRepository;
import dev.paybridge.adapters.persistence.invoice.JooqInvoiceRepository;
import dev.paybridge.adapters.persistence.invoice.JooqPaymentLinkRepository;
import dev.paybridge.adapters.persistence.invoice.JooqPaymentRepository;
import dev.paybridge.adapters.persistence.jobs.JooqJobQueue;
import dev.paybridge.adapters.persistence.jooq.JooqTransactions;
import dev.paybridge.adapters.persistence.jooq.PostgresDatabase;
import dev.paybridge.adapters.persistence.tenant.JooqApiKeyRepository;
import dev.paybridge.adapters.persistence.tenant.JooqTenantRepository;
import dev.paybridge.adapters.persistence.webhook.JooqWebhookEventRepository;
import dev.paybridge.testing.contracts.PersistencePorts;
import org.jooq.DSLContext;

/** Every jOOQ adapter on one migrated PostgreSQL database, as the contracts take them. */
public final class JooqPersistence {
    private JooqPersistence() {
    }

    public static PersistencePorts on(PostgresDatabase database) {
        DSLContext dsl = database.dsl();
        return new PersistencePorts(new JooqTenantRepository(dsl), new JooqApiKeyRepository(dsl),
                new JooqConnectionRepository(dsl), new JooqInvoiceRepository(dsl), new JooqPaymentLinkRepository(dsl),
                new JooqPaymentRepository(dsl), new JooqWebhookEventRepository(dsl), new JooqIdempotencyRepository(dsl),
                new JooqJobQueue(dsl), new JooqTransactions(dsl), new JdbcPaymentTargets(dsl));
    }
}
