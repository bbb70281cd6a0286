package dev.paybridge.adapters.http.dashboard;

import dev.paybridge.adapters.http.RouteGroup;
import dev.paybridge.adapters.http.dashboard.events.EventPages;
import dev.paybridge.adapters.http.dashboard.integrations.ConnectionPages;
import dev.paybridge.adapters.http.dashboard.integrations.IntegrationPages;
import dev.paybridge.adapters.http.dashboard.invoices.InvoicePages;
import dev.paybridge.adapters.http.dashboard.session.DashboardCookies;
import dev.paybridge.adapters.http.dashboard.session.SessionStore;
import dev.paybridge.adapters.http.dashboard.signin.SignInPages;
import dev.paybridge.adapters.http.dashboard.web.AssetRoutes;
import dev.paybridge.adapters.http.dashboard.web.DashboardRouter;
import dev.paybridge.adapters.http.dashboard.web.Messages;
import dev.paybridge.adapters.http.dashboard.web.PageRenderer;
import dev.paybridge.adapters.http.dashboard.web.Pages;
import dev.paybridge.adapters.http.dashboard.web.Visit;
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
import dev.paybridge.application.port.in.invoice.RequestPaymentLinkUseCase;
import dev.paybridge.application.port.in.invoice.VoidInvoiceUseCase;
import dev.paybridge.application.port.in.tenant.AuthenticateApiKeyUseCase;
import dev.paybridge.application.port.in.webhook.WebhookEventsUseCase;
import io.javalin.config.RoutesConfig;
import jakarta.inject.Inject;
import java.time.Clock;

/**
 * The dashboard at {@code /dashboard}: server-rendered pages for people, calling the same use cases as the REST
 * routes. Signed in with an API key into a server-side session of this instance.
 */
public final class DashboardRoutes implements RouteGroup {
    private final SessionStore sessions;
    private final AuthenticateApiKeyUseCase authenticate;
    private final Pages pages = new Pages(new PageRenderer(), new Messages());
    private final AssetRoutes assets = new AssetRoutes();
    private final SignInPages signIn;
    private final IntegrationPages integrations;
    private final ConnectionPages connections;
    private final InvoicePages invoices;
    private final EventPages events;

    /** The use cases the pages call, grouped as the REST routes group them. */
    public record UseCases(AuthenticateApiKeyUseCase authenticate, ListGatewaysUseCase gateways,
            ListConnectionsUseCase listConnections, CreateConnectionUseCase createConnection,
            GetConnectionUseCase getConnection, UpdateConnectionUseCase updateConnection,
            TestConnectionUseCase testConnection, SetUpWebhookUseCase setUpWebhook,
            ArchiveConnectionUseCase archiveConnection, ListInvoicesUseCase listInvoices, GetInvoiceUseCase getInvoice,
            CreateInvoiceUseCase createInvoice, FinalizeInvoiceUseCase finalizeInvoice, VoidInvoiceUseCase voidInvoice,
            RequestPaymentLinkUseCase requestPaymentLink, ListPaymentsUseCase listPayments,
            WebhookEventsUseCase webhookEvents) {
        @Inject
        public UseCases {
        }
    }

    @Inject
    public DashboardRoutes(UseCases useCases, SessionStore sessions, Clock clock) {
        this.sessions = sessions;
        this.authenticate = useCases.authenticate();
        this.signIn = new SignInPages(useCases.authenticate());
        this.integrations = new IntegrationPages(useCases.gateways(), useCases.listConnections(),
                useCases.createConnection());
        this.connections = new ConnectionPages(useCases.getConnection(), useCases.gateways(),
                useCases.updateConnection(), useCases.testConnection(), useCases.setUpWebhook(),
                useCases.archiveConnection());
        this.invoices = new InvoicePages(useCases.listInvoices(), useCases.getInvoice(), useCases.createInvoice(),
                useCases.finalizeInvoice(), useCases.voidInvoice(), useCases.requestPaymentLink(),
                useCases.listPayments(), clock);
        this.events = new EventPages(useCases.webhookEvents());
    }

    @Override
    public void register(RoutesConfig routes) {
        DashboardRouter router = new DashboardRouter(routes, sessions, authenticate,
                new DashboardCookies(sessions.policy().secureCookies()), pages);
        assets.register(router);
        signIn.register(router);
        integrations.register(router);
        connections.register(router);
        invoices.register(router);
        events.register(router);
        router.page("/dashboard/*", Visit::notFound);
    }
}
