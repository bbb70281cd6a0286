package dev.paybridge.bootstrap.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;
import dev.paybridge.adapters.http.HttpServer;
import dev.paybridge.adapters.http.RouteGroup;
import dev.paybridge.adapters.http.connection.ConnectionRoutes;
import dev.paybridge.adapters.http.docs.DocsRoutes;
import dev.paybridge.adapters.http.dashboard.DashboardRoutes;
import dev.paybridge.adapters.http.dashboard.session.SessionPolicy;
import dev.paybridge.adapters.http.dashboard.session.SessionStore;
import dev.paybridge.adapters.http.invoice.InvoiceRoutes;
import dev.paybridge.adapters.http.webhook.WebhookRoutes;
import dev.paybridge.adapters.http.ops.HttpMetrics;
import dev.paybridge.adapters.http.ops.OperationsRoutes;
import dev.paybridge.adapters.http.ops.ReadinessCheck;
import dev.paybridge.adapters.http.support.ProblemMapper;
import dev.paybridge.adapters.http.tenant.AdminRoutes;
import dev.paybridge.adapters.persistence.jooq.PostgresDatabase;
import dev.paybridge.application.port.in.tenant.AuthenticateApiKeyUseCase;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Binds the HTTP adapter: its route groups, metrics, readiness and the server itself. */
public final class HttpModule extends AbstractModule {
    private static final int READINESS_TIMEOUT_SECONDS = 2;
    private final String adminTokenHash;
    private final Optional<String> metricsTokenHash;
    private final String publicBaseUrl;

    public HttpModule(String adminTokenHash, Optional<String> metricsTokenHash, String publicBaseUrl) {
        this.adminTokenHash = adminTokenHash;
        this.metricsTokenHash = metricsTokenHash;
        this.publicBaseUrl = publicBaseUrl;
    }

    @Override
    protected void configure() {
        bind(HttpMetrics.class).asEagerSingleton();
        installRoutes();
    }

    private void installRoutes() {
        Multibinder<RouteGroup> routes = Multibinder.newSetBinder(binder(), RouteGroup.class);
        routes.addBinding().to(OperationsRoutes.class);
        routes.addBinding().to(AdminRoutes.class);
        routes.addBinding().to(ConnectionRoutes.class);
        routes.addBinding().to(InvoiceRoutes.class);
        routes.addBinding().to(WebhookRoutes.class);
        routes.addBinding().to(DocsRoutes.class);
        routes.addBinding().to(DashboardRoutes.class);
    }

    /** Dashboard sessions live in this instance's memory (sticky sessions behind a load balancer). */
    @Provides
    @Singleton
    SessionStore dashboardSessions(Clock clock) {
        return new SessionStore(SessionPolicy.forPublicBaseUrl(publicBaseUrl), clock);
    }

    @Provides
    @Singleton
    ReadinessCheck readiness(PostgresDatabase database) {
        return () -> database.isReachable(READINESS_TIMEOUT_SECONDS);
    }

    @Provides
    @Singleton
    HttpServer httpServer(Set<RouteGroup> routes, AuthenticateApiKeyUseCase authenticate) {
        return new HttpServer(List.copyOf(routes), authenticate, adminTokenHash, metricsTokenHash,
                new ProblemMapper(publicBaseUrl));
    }
}
