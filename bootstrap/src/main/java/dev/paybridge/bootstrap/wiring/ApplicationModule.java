package dev.paybridge.bootstrap.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.Multibinder;
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
import dev.paybridge.application.port.in.gateway.ListGatewaysUseCase;
import dev.paybridge.application.port.in.invoice.CreateInvoiceUseCase;
import dev.paybridge.application.port.in.invoice.FinalizeInvoiceUseCase;
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
import dev.paybridge.application.port.out.GatewayCallSlots;
import dev.paybridge.application.port.out.SyncSignal;
import dev.paybridge.application.port.out.cache.Caches;
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
import dev.paybridge.application.service.jobs.JobHandler;
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
import dev.paybridge.bootstrap.cache.CaffeineCaches;
import java.time.Clock;
import java.time.Duration;

/** Binds each use case to the service that implements it, the job handlers, the clock, and the loaded plugins. */
public final class ApplicationModule extends AbstractModule {
    private final GatewayProviders providers;
    private final JobPolicy jobPolicy;
    private final LinkValidity linkValidity;
    private final SyncSignal syncSignal;
    private final GatewayCallSlots callSlots;
    private final ReconcileInterval reconcileInterval;
    private final WebhookUrls webhookUrls;
    private final EventRetention.Period eventRetention;

    public ApplicationModule(GatewayProviders providers, JobPolicy jobPolicy, LinkValidity linkValidity,
            SyncSignal syncSignal, GatewayCallSlots callSlots, ReconcileInterval reconcileInterval,
            WebhookUrls webhookUrls, EventRetention.Period eventRetention) {
        this.webhookUrls = webhookUrls;
        this.eventRetention = eventRetention;
        this.providers = providers;
        this.jobPolicy = jobPolicy;
        this.linkValidity = linkValidity;
        this.syncSignal = syncSignal;
        this.callSlots = callSlots;
        this.reconcileInterval = reconcileInterval;
    }

    @Override
    protected void configure() {
        // PostgreSQL keeps microseconds; a clock of the same precision makes stored and returned times agree.
        bind(Clock.class).toInstance(Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000)));
        bind(GatewayProviders.class).toInstance(providers);
        bind(ListGatewaysUseCase.class).toInstance(providers);
        bind(SyncSignal.class).toInstance(syncSignal);
        bind(GatewayCallSlots.class).toInstance(callSlots);
        bind(Caches.class).to(CaffeineCaches.class).asEagerSingleton();
        installTenancy();
        installConnections();
        installInvoices();
        installJobs();
        installWebhooks();
    }

    private void installTenancy() {
        bind(TenantService.class).asEagerSingleton();
        bind(CreateTenantUseCase.class).to(TenantService.class);
        bind(ApiKeyService.class).asEagerSingleton();
        bind(IssueApiKeyUseCase.class).to(ApiKeyService.class);
        bind(RevokeApiKeyUseCase.class).to(ApiKeyService.class);
        bind(AuthenticateApiKeyUseCase.class).to(ApiKeyService.class);
    }

    private void installConnections() {
        bind(WebhookUrls.class).toInstance(webhookUrls);
        bind(GatewayConnections.class).asEagerSingleton();
        bind(ConnectionViews.class).asEagerSingleton();
        bind(WebhookJobs.class).asEagerSingleton();
        bind(WebhookStates.class).asEagerSingleton();
        bind(ConnectionTestService.class).asEagerSingleton();
        bind(TestConnectionUseCase.class).to(ConnectionTestService.class);
        bind(ConnectionService.class).asEagerSingleton();
        bind(CreateConnectionUseCase.class).to(ConnectionService.class);
        bind(UpdateConnectionUseCase.class).to(ConnectionService.class);
        bind(ArchiveConnectionUseCase.class).to(ConnectionService.class);
        bind(ConnectionQueries.class).asEagerSingleton();
        bind(GetConnectionUseCase.class).to(ConnectionQueries.class);
        bind(ListConnectionsUseCase.class).to(ConnectionQueries.class);
        bind(WebhookSetupService.class).asEagerSingleton();
        bind(SetUpWebhookUseCase.class).to(WebhookSetupService.class);
    }

    private void installInvoices() {
        bind(LinkValidity.class).toInstance(linkValidity);
        bind(SyncTargets.class).asEagerSingleton();
        bind(InvoiceViews.class).asEagerSingleton();
        bind(LinkRetirement.class).asEagerSingleton();
        bind(LinkStore.class).asEagerSingleton();
        bind(LinkReplacement.class).asEagerSingleton();
        bind(InvoiceService.class).asEagerSingleton();
        bind(CreateInvoiceUseCase.class).to(InvoiceService.class);
        bind(GetInvoiceUseCase.class).to(InvoiceService.class);
        bind(ListInvoicesUseCase.class).to(InvoiceService.class);
        bind(InvoiceLifecycleService.class).asEagerSingleton();
        bind(FinalizeInvoiceUseCase.class).to(InvoiceLifecycleService.class);
        bind(VoidInvoiceUseCase.class).to(InvoiceLifecycleService.class);
        bind(QueueInvoiceSyncUseCase.class).to(InvoiceLifecycleService.class);
        bind(PaymentLinkService.class).asEagerSingleton();
        bind(RequestPaymentLinkUseCase.class).to(PaymentLinkService.class);
        bind(PaymentQueries.class).asEagerSingleton();
        bind(ListPaymentsUseCase.class).to(PaymentQueries.class);
    }

    private void installJobs() {
        bind(JobPolicy.class).toInstance(jobPolicy);
        bind(JobSettlements.class).asEagerSingleton();
        Multibinder<JobHandler> handlers = Multibinder.newSetBinder(binder(), JobHandler.class);
        handlers.addBinding().to(InvoiceSyncJob.class);
        handlers.addBinding().to(LinkCancellationJob.class);
        handlers.addBinding().to(WebhookSetupJob.class);
        handlers.addBinding().to(WebhookChallengeJob.class);
        handlers.addBinding().to(WebhookDeletionJob.class);
        bind(InvoiceSyncJob.class).asEagerSingleton();
        bind(LinkCancellationJob.class).asEagerSingleton();
        bind(WebhookSetupJob.class).asEagerSingleton();
        bind(WebhookChallengeJob.class).asEagerSingleton();
        bind(WebhookDeletionJob.class).asEagerSingleton();
        bind(GatewayJobService.class).asEagerSingleton();
        bind(ProcessGatewayJobsUseCase.class).to(GatewayJobService.class);
    }

    private void installWebhooks() {
        bind(ReconcileInterval.class).toInstance(reconcileInterval);
        bind(PaymentEventApplier.class).asEagerSingleton();
        bind(EventApplication.class).asEagerSingleton();
        bind(GatewayEventRecorder.class).asEagerSingleton();
        bind(LinkLookup.class).asEagerSingleton();
        bind(WebhookService.class).asEagerSingleton();
        bind(ReceiveWebhookUseCase.class).to(WebhookService.class);
        bind(WebhookEventsUseCase.class).to(WebhookService.class);
        bind(ReconciliationService.class).asEagerSingleton();
        bind(ReconcilePaymentsUseCase.class).to(ReconciliationService.class);
        bind(EventRetention.Period.class).toInstance(eventRetention);
        bind(EventRetention.class).asEagerSingleton();
        bind(PruneEventsUseCase.class).to(EventRetention.class);
    }
}
