package dev.paybridge.bootstrap.wiring;

import com.google.crypto.tink.KeysetHandle;
import com.google.inject.AbstractModule;
import dev.paybridge.adapters.persistence.connection.JooqConnectionRepository;
import dev.paybridge.adapters.persistence.crypto.TinkSecretCipher;
import dev.paybridge.adapters.persistence.invoice.JooqIdempotencyRepository;
import dev.paybridge.adapters.persistence.jobs.JooqJobQueue;
import dev.paybridge.adapters.persistence.invoice.JooqInvoiceRepository;
import dev.paybridge.adapters.persistence.invoice.JooqPaymentLinkRepository;
import dev.paybridge.adapters.persistence.invoice.JooqPaymentRepository;
import dev.paybridge.adapters.persistence.webhook.JooqWebhookEventRepository;
import dev.paybridge.adapters.persistence.hot.JdbcPaymentTargets;
import dev.paybridge.adapters.persistence.jooq.JooqTransactions;
import dev.paybridge.adapters.persistence.jooq.PostgresDatabase;
import dev.paybridge.adapters.persistence.tenant.JooqApiKeyRepository;
import dev.paybridge.adapters.persistence.tenant.JooqTenantRepository;
import dev.paybridge.application.port.out.crypto.SecretCipher;
import dev.paybridge.application.port.out.jobs.JobQueue;
import dev.paybridge.application.port.out.persistence.ApiKeyRepository;
import dev.paybridge.application.port.out.persistence.ConnectionRepository;
import dev.paybridge.application.port.out.persistence.IdempotencyRepository;
import dev.paybridge.application.port.out.persistence.InvoiceRepository;
import dev.paybridge.application.port.out.persistence.PaymentLinkRepository;
import dev.paybridge.application.port.out.persistence.PaymentRepository;
import dev.paybridge.application.port.out.persistence.PaymentTargets;
import dev.paybridge.application.port.out.persistence.WebhookEventRepository;
import dev.paybridge.application.port.out.persistence.TenantRepository;
import dev.paybridge.application.port.out.persistence.Transactions;
import org.jooq.DSLContext;

/** Binds the driven persistence ports to the PostgreSQL adapters and the secret cipher to Tink. */
public final class PersistenceModule extends AbstractModule {
    private final PostgresDatabase database;
    private final KeysetHandle masterKeyset;

    public PersistenceModule(PostgresDatabase database, KeysetHandle masterKeyset) {
        this.database = database;
        this.masterKeyset = masterKeyset;
    }

    @Override
    protected void configure() {
        bind(PostgresDatabase.class).toInstance(database);
        bind(DSLContext.class).toInstance(database.dsl());
        bind(SecretCipher.class).toInstance(new TinkSecretCipher(masterKeyset));
        installRepositories();
    }

    private void installRepositories() {
        bind(Transactions.class).to(JooqTransactions.class).asEagerSingleton();
        bind(TenantRepository.class).to(JooqTenantRepository.class).asEagerSingleton();
        bind(ApiKeyRepository.class).to(JooqApiKeyRepository.class).asEagerSingleton();
        bind(ConnectionRepository.class).to(JooqConnectionRepository.class).asEagerSingleton();
        bind(InvoiceRepository.class).to(JooqInvoiceRepository.class).asEagerSingleton();
        bind(JobQueue.class).to(JooqJobQueue.class).asEagerSingleton();
        bind(PaymentLinkRepository.class).to(JooqPaymentLinkRepository.class).asEagerSingleton();
        bind(IdempotencyRepository.class).to(JooqIdempotencyRepository.class).asEagerSingleton();
        bind(PaymentRepository.class).to(JooqPaymentRepository.class).asEagerSingleton();
        bind(PaymentTargets.class).to(JdbcPaymentTargets.class).asEagerSingleton();
        bind(WebhookEventRepository.class).to(JooqWebhookEventRepository.class).asEagerSingleton();
    }
}
