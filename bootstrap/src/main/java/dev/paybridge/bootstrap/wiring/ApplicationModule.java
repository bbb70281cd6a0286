package dev.paybridge.bootstrap.wiring;

import com.google.inject.AbstractModule;
import dev.paybridge.application.gateway.GatewayConnections;
import dev.paybridge.application.gateway.GatewayProviders;
import dev.paybridge.application.port.in.connection.ArchiveConnectionUseCase;
import dev.paybridge.application.port.in.connection.CreateConnectionUseCase;
import dev.paybridge.application.port.in.connection.GetConnectionUseCase;
import dev.paybridge.application.port.in.connection.ListConnectionsUseCase;
import dev.paybridge.application.port.in.connection.TestConnectionUseCase;
import dev.paybridge.application.port.in.connection.UpdateConnectionUseCase;
import dev.paybridge.application.port.in.tenant.AuthenticateApiKeyUseCase;
import dev.paybridge.application.port.in.tenant.CreateTenantUseCase;
import dev.paybridge.application.port.in.tenant.IssueApiKeyUseCase;
import dev.paybridge.application.port.in.tenant.RevokeApiKeyUseCase;
import dev.paybridge.application.service.connection.ConnectionService;
import dev.paybridge.application.service.connection.ConnectionTestService;
import dev.paybridge.application.service.tenant.ApiKeyService;
import dev.paybridge.application.service.tenant.TenantService;
import dev.paybridge.application.port.in.invoice.CreateInvoiceUseCase;
import dev.paybridge.application.port.in.invoice.FinalizeInvoiceUseCase;
import dev.paybridge.application.port.in.invoice.GetInvoiceUseCase;
import dev.paybridge.application.port.in.invoice.ListInvoicesUseCase;
import dev.paybridge.application.port.in.invoice.ProcessGatewayJobsUseCase;
import dev.paybridge.application.port.in.invoice.QueueInvoiceSyncUseCase;
import dev.paybridge.application.port.in.invoice.RequestPaymentLinkUseCase;
import dev.paybridge.application.port.in.invoice.VoidInvoiceUseCase;
import dev.paybridge.application.port.out.SyncSignal;
import dev.paybridge.application.service.invoice.GatewayJobService;
import dev.paybridge.application.service.invoice.InvoiceLifecycleService;
import dev.paybridge.application.service.invoice.InvoiceService;
import dev.paybridge.application.service.invoice.InvoiceViews;
import dev.paybridge.application.service.invoice.PaymentLinkService;
import dev.paybridge.application.service.invoice.SyncPolicy;
import dev.paybridge.application.service.invoice.SyncTargets;
import dev.paybridge.application.port.in.invoice.ListPaymentsUseCase;
import dev.paybridge.application.port.in.webhook.ReceiveWebhookUseCase;
import dev.paybridge.application.port.in.webhook.ReconcilePaymentsUseCase;
import dev.paybridge.application.port.in.webhook.WebhookEventsUseCase;
import dev.paybridge.application.service.invoice.PaymentQueries;
import dev.paybridge.application.service.webhook.GatewayEventRecorder;
import dev.paybridge.application.service.webhook.PaymentEventApplier;
import dev.paybridge.application.service.webhook.ReconcileInterval;
import dev.paybridge.application.service.webhook.ReconciliationService;
import dev.paybridge.application.service.webhook.WebhookService;
import java.time.Clock;
import java.time.Duration;

/** Binds each use case to the service that implements it, the clock, and the loaded gateway plugins. */
public final class ApplicationModule extends AbstractModule {
    private final GatewayProviders providers;
    private final SyncPolicy syncPolicy;
    private final SyncSignal syncSignal;
    private final ReconcileInterval reconcileInterval;

    public ApplicationModule(GatewayProviders providers, SyncPolicy syncPolicy, SyncSignal syncSignal,
            ReconcileInterval reconcileInterval) {
        this.providers = providers;
        this.syncPolicy = syncPolicy;
        this.syncSignal = syncSignal;
        this.reconcileInterval = reconcileInterval;
    }

    @Override
    protected void configure() {
        // PostgreSQL keeps microseconds; a clock of the same precision makes stored and returned times agree.
        bind(Clock.class).toInstance(Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000)));
        bind(GatewayProviders.class).toInstance(providers);
        bind(SyncPolicy.class).toInstance(syncPolicy);
        bind(SyncSignal.class).toInstance(syncSignal);
        installTenancy();
        installConnections();
        installInvoices();
        installWebhooks();
    }

    private void installWebhooks() {
        bind(ReconcileInterval.class).toInstance(reconcileInterval);
        bind(PaymentEventApplier.class).asEagerSingleton();
        bind(GatewayEventRecorder.class).asEagerSingleton();
        bind(WebhookService.class).asEagerSingleton();
        bind(ReceiveWebhookUseCase.class).to(WebhookService.class);
        bind(WebhookEventsUseCase.class).to(WebhookService.class);
        bind(ReconciliationService.class).asEagerSingleton();
        bind(ReconcilePaymentsUseCase.class).to(ReconciliationService.class);
    }

    private void installTenancy() {
        bind(TenantService.class).asEagerSingleton();
        bind(CreateTenantUseCase.class).to(TenantService.class);
        bind(ApiKeyService.class).asEagerSingleton();
        bind(IssueApiKeyUseCase.class).to(ApiKeyService.class);
        bind(RevokeApiKeyUseCase.class).to(ApiKeyService.class);
        bind(AuthenticateApiKeyUseCase.class).to(ApiKeyService.class);
    }

    private void installInvoices() {
        bind(SyncTargets.class).asEagerSingleton();
        bind(InvoiceViews.class).asEagerSingleton();
        bind(InvoiceService.class).asEagerSingleton();
        bind(CreateInvoiceUseCase.class).to(InvoiceService.class);
        bind(GetInvoiceUseCase.class).to(InvoiceService.class);
        bind(ListInvoicesUseCase.class).to(InvoiceService.class);
        bind(InvoiceLifecycleService.class).asEagerSingleton();
        bind(FinalizeInvoiceUseCase.class).to(InvoiceLifecycleService.class);
        bind(VoidInvoiceUseCase.class).to(InvoiceLifecycleService.class);
        bind(QueueInvoiceSyncUseCase.class).to(InvoiceLifecycleService.class);
        bind(GatewayJobService.class).asEagerSingleton();
        bind(ProcessGatewayJobsUseCase.class).to(GatewayJobService.class);
        bind(PaymentLinkService.class).asEagerSingleton();
        bind(RequestPaymentLinkUseCase.class).to(PaymentLinkService.class);
        bind(PaymentQueries.class).asEagerSingleton();
        bind(ListPaymentsUseCase.class).to(PaymentQueries.class);
    }

    private void installConnections() {
        bind(GatewayConnections.class).asEagerSingleton();
        bind(ConnectionTestService.class).asEagerSingleton();
        bind(TestConnectionUseCase.class).to(ConnectionTestService.class);
        bind(ConnectionService.class).asEagerSingleton();
        bind(CreateConnectionUseCase.class).to(ConnectionService.class);
        bind(GetConnectionUseCase.class).to(ConnectionService.class);
        bind(ListConnectionsUseCase.class).to(ConnectionService.class);
        bind(UpdateConnectionUseCase.class).to(ConnectionService.class);
        bind(ArchiveConnectionUseCase.class).to(ConnectionService.class);
    }
}
