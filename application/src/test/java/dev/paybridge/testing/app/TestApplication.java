package dev.paybridge.testing.app;

import dev.paybridge.application.gateway.GatewayConnections;
import dev.paybridge.application.gateway.GatewayProviders;
import dev.paybridge.application.gateway.WebhookUrls;
import dev.paybridge.application.port.in.connection.ArchiveConnectionUseCase;
import dev.paybridge.application.port.in.connection.CreateConnectionUseCase;
import dev.paybridge.application.port.in.connection.GetConnectionUseCase;
import dev.paybridge.application.port.in.connection.ListConnectionsUseCase;
import dev.paybridge.application.port.in.connection.SetUpWebhookUseCase;
import dev.paybridge.application.port.in.connection.TestConnectionUseCase;
import dev.paybridge.application.port.in.connection.UpdateConnectionUseCase;
import dev.paybridge.application.port.in.invoice.CreateInvoiceUseCase;
import dev.paybridge.application.port.in.invoice.FinalizeInvoiceUseCase;
import dev.paybridge.application.port.in.gateway.ListGatewaysUseCase;
import dev.paybridge.application.port.in.invoice.GetInvoiceUseCase;
import dev.paybridge.application.port.in.invoice.ListInvoicesUseCase;
import dev.paybridge.application.port.in.invoice.ListPaymentsUseCase;
import dev.paybridge.application.port.in.invoice.QueueInvoiceSyncUseCase;
import dev.paybridge.application.port.in.invoice.RequestPaymentLinkUseCase;
import dev.paybridge.application.port.in.invoice.VoidInvoiceUseCase;
import dev.paybridge.application.port.in.jobs.ProcessGatewayJobsUseCase;
import dev.paybridge.application.port.in.tenant.AuthenticateApiKeyUseCase;
import dev.paybridge.application.port.in.tenant.CreateTenantUseCase;
import dev.paybridge.application.port.in.tenant.IssueApiKeyUseCase;
import dev.paybridge.application.port.in.tenant.RevokeApiKeyUseCase;
import dev.paybridge.application.port.in.webhook.PruneEventsUseCase;
import dev.paybridge.application.port.in.webhook.ReceiveWebhookUseCase;
import dev.paybridge.application.port.in.webhook.ReconcilePaymentsUseCase;
import dev.paybridge.application.port.in.webhook.WebhookEventsUseCase;
import dev.paybridge.application.service.connection.ConnectionQueries;
import dev.paybridge.application.service.connection.ConnectionService;
import dev.paybridge.application.service.connection.ConnectionTestService;
import dev.paybridge.application.service.connection.ConnectionViews;
import dev.paybridge.application.service.connection.WebhookChallengeJob;
import dev.paybridge.application.service.connection.WebhookDeletionJob;
import dev.paybridge.application.service.connection.WebhookJobs;
import dev.paybridge.application.service.connection.WebhookStates;
import dev.paybridge.application.service.connection.WebhookSetupJob;
import dev.paybridge.application.service.connection.WebhookSetupService;
import dev.paybridge.application.service.invoice.InvoiceLifecycleService;
import dev.paybridge.application.service.invoice.InvoiceService;
import dev.paybridge.application.service.invoice.InvoiceSyncJob;
import dev.paybridge.application.service.invoice.InvoiceViews;
import dev.paybridge.application.service.invoice.LinkCancellationJob;
import dev.paybridge.application.service.invoice.LinkReplacement;
import dev.paybridge.application.service.invoice.LinkRetirement;
import dev.paybridge.application.service.invoice.LinkStore;
import dev.paybridge.application.service.invoice.LinkValidity;
import dev.paybridge.application.service.invoice.PaymentLinkService;
import dev.paybridge.application.service.invoice.PaymentQueries;
import dev.paybridge.application.service.invoice.SyncTargets;
import dev.paybridge.application.service.jobs.GatewayJobService;
import dev.paybridge.application.service.jobs.JobPolicy;
import dev.paybridge.application.service.jobs.JobSettlements;
import dev.paybridge.application.service.tenant.ApiKeyService;
import dev.paybridge.application.service.tenant.TenantService;
import dev.paybridge.application.service.webhook.EventApplication;
import dev.paybridge.application.service.webhook.EventRetention;
import dev.paybridge.application.service.webhook.GatewayEventRecorder;
import dev.paybridge.application.service.webhook.LinkLookup;
import dev.paybridge.application.service.webhook.PaymentEventApplier;
import dev.paybridge.application.service.webhook.ReconcileInterval;
import dev.paybridge.application.service.webhook.ReconciliationService;
import dev.paybridge.application.service.webhook.WebhookService;
import dev.paybridge.testing.fakes.CountingSyncSignal;
import dev.paybridge.testing.fakes.FakeCallSlots;
import dev.paybridge.testing.fakes.FakeSecretCipher;
import dev.paybridge.testing.fakes.InMemoryCaches;
import dev.paybridge.testing.fakes.InMemoryPersistence;
import dev.paybridge.testing.fakes.SettableClock;
import dev.paybridge.testing.gateway.FakeGateway;
import dev.paybridge.testing.gateway.FakeGatewayProvider;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * The whole application wired by hand on fakes, as {@code ApplicationModule} wires it on the real adapters: in-memory
 * persistence, the fake gateway plugin and a clock that moves only when a test moves it. Tests drive it through the
 * use-case fields and look behind it through {@link #db} and {@link #gateway}.
 */
public final class TestApplication {
    public static final Duration RECONCILE_INTERVAL = Duration.ofMinutes(10);
    public static final Duration EVENT_RETENTION = Duration.ofDays(90);
    public static final String PUBLIC_BASE_URL = "https://paybridge.example.test";
    public static final JobPolicy JOB_POLICY = new JobPolicy(Duration.ofSeconds(30), Duration.ofSeconds(2),
            Duration.ofMinutes(5));
    public final SettableClock clock = new SettableClock(Instant.parse("2030-03-01T10:00:00Z"));
    public final InMemoryPersistence db = new InMemoryPersistence();
    public final CountingSyncSignal signal = new CountingSyncSignal();
    public final FakeGatewayProvider provider = new FakeGatewayProvider(clock);
    public final FakeGateway gateway = provider.gateway();

    public final CreateTenantUseCase createTenant = new TenantService(db.tenants, clock);
    private final ApiKeyService apiKeys = new ApiKeyService(db.tenants, db.apiKeys, clock);
    public final IssueApiKeyUseCase issueApiKey = apiKeys;
    public final RevokeApiKeyUseCase revokeApiKey = apiKeys;
    public final AuthenticateApiKeyUseCase authenticate = apiKeys;

    private final GatewayProviders providers = new GatewayProviders(List.of(provider));
    public final FakeSecretCipher cipher = new FakeSecretCipher();
    public final FakeCallSlots callSlots = new FakeCallSlots();
    private final GatewayConnections gateways = new GatewayConnections(providers, cipher, callSlots,
            new InMemoryCaches());
    private final WebhookUrls urls = new WebhookUrls(PUBLIC_BASE_URL);
    private final WebhookJobs webhookJobs = new WebhookJobs(db.jobs, clock);
    private final WebhookStates webhookStates = new WebhookStates(db.connections, db.transactions);
    private final ConnectionViews connectionViews = new ConnectionViews(providers, cipher, urls);
    private final ConnectionService connectionService = new ConnectionService(providers, gateways, db.connections,
            cipher, webhookJobs, connectionViews, db.transactions, signal, clock);
    public final CreateConnectionUseCase createConnection = connectionService;
    private final ConnectionQueries connectionQueries = new ConnectionQueries(db.connections, connectionViews);
    public final GetConnectionUseCase getConnection = connectionQueries;
    public final ListConnectionsUseCase listConnections = connectionQueries;
    public final ListGatewaysUseCase listGateways = providers;
    public final UpdateConnectionUseCase updateConnection = connectionService;
    public final ArchiveConnectionUseCase archiveConnection = connectionService;
    public final SetUpWebhookUseCase setUpWebhook = new WebhookSetupService(db.connections, gateways, webhookJobs,
            connectionViews, db.transactions, signal);
    public final TestConnectionUseCase testConnection = new ConnectionTestService(db.connections, gateways, clock);

    private final SyncTargets syncTargets = new SyncTargets(db.connections, db.jobs, clock);
    private final InvoiceViews views = new InvoiceViews(db.links, db.jobs);
    private final LinkRetirement retirement = new LinkRetirement(db.links, db.jobs, clock);
    private final GatewayEventRecorder recorder = new GatewayEventRecorder(db.events, db.paymentTargets,
            new EventApplication(new PaymentEventApplier(db.paymentTargets, clock), db.connections,
                    providers, webhookJobs, webhookStates), db.transactions, clock);
    private final LinkLookup lookup = new LinkLookup(db.connections, db.links, gateways, recorder, clock);
    private final InvoiceService invoiceService = new InvoiceService(db.invoices, db.idempotency, syncTargets,
            gateways, views, db.transactions, signal, clock);
    public final CreateInvoiceUseCase createInvoice = invoiceService;
    public final GetInvoiceUseCase getInvoice = invoiceService;
    public final ListInvoicesUseCase listInvoices = invoiceService;
    private final InvoiceLifecycleService lifecycle = new InvoiceLifecycleService(db.invoices, db.links, db.jobs,
            retirement, syncTargets, views, db.transactions, signal, clock);
    public final FinalizeInvoiceUseCase finalizeInvoice = lifecycle;
    public final VoidInvoiceUseCase voidInvoice = lifecycle;
    public final QueueInvoiceSyncUseCase queueSync = lifecycle;
    public final ListPaymentsUseCase listPayments = new PaymentQueries(db.invoices, db.payments);

    private final JobSettlements settlements = new JobSettlements();
    private final GatewayJobService jobService = new GatewayJobService(db.jobs, Set.of(
            new InvoiceSyncJob(db.invoices, db.links, db.connections, gateways,
                    new LinkStore(db.invoices, db.links, retirement, db.transactions, clock), lookup,
                    new LinkValidity(Duration.ofDays(7)), clock),
            new LinkCancellationJob(db.connections, db.links, gateways, lookup),
            new WebhookSetupJob(webhookStates, gateways, urls, clock),
            new WebhookChallengeJob(webhookStates, gateways, clock),
            new WebhookDeletionJob(db.connections, gateways)), JOB_POLICY, settlements, clock);
    public final ProcessGatewayJobsUseCase processJobs = jobService;
    public final RequestPaymentLinkUseCase requestPaymentLink = new PaymentLinkService(db.invoices, db.links, db.jobs,
            jobService, settlements, syncTargets, new LinkReplacement(lookup, db.invoices, db.links, retirement,
                    db.transactions), JOB_POLICY, clock);

    private final WebhookService webhookService = new WebhookService(providers, gateways, db.connections, webhookStates,
            recorder, db.events, new InMemoryCaches(), clock);
    public final ReceiveWebhookUseCase receiveWebhook = webhookService;
    public final WebhookEventsUseCase webhookEvents = webhookService;
    public final ReconcilePaymentsUseCase reconcile = new ReconciliationService(db.links, lookup,
            new ReconcileInterval(RECONCILE_INTERVAL), clock);
    public final PruneEventsUseCase pruneEvents = new EventRetention(db.events,
            new EventRetention.Period(EVENT_RETENTION), clock);
}
