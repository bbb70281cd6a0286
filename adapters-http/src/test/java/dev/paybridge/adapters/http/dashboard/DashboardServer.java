package dev.paybridge.adapters.http.dashboard;

import dev.paybridge.adapters.http.HttpServer;
import dev.paybridge.adapters.http.dashboard.session.SessionPolicy;
import dev.paybridge.adapters.http.dashboard.session.SessionStore;
import dev.paybridge.adapters.http.support.ProblemMapper;
import dev.paybridge.domain.tenant.SecretHash;
import dev.paybridge.testing.app.TestApplication;
import java.util.List;
import java.util.Optional;

/** The real HTTP server with only the dashboard's routes, on a random port, over the application on fakes. */
final class DashboardServer implements AutoCloseable {
    final TestApplication app = new TestApplication();
    final SessionStore sessions;
    private final HttpServer server;

    DashboardServer(SessionPolicy policy) {
        this.sessions = new SessionStore(policy, app.clock);
        DashboardRoutes.UseCases useCases = new DashboardRoutes.UseCases(app.authenticate, app.listGateways,
                app.listConnections, app.createConnection, app.getConnection, app.updateConnection,
                app.testConnection, app.setUpWebhook, app.archiveConnection, app.listInvoices, app.getInvoice,
                app.createInvoice, app.finalizeInvoice, app.voidInvoice, app.requestPaymentLink, app.listPayments,
                app.webhookEvents);
        this.server = new HttpServer(List.of(new DashboardRoutes(useCases, sessions, app.clock)), app.authenticate,
                SecretHash.sha256Hex("unused-admin-token"), Optional.empty(), new ProblemMapper(TestApplication.PUBLIC_BASE_URL))
                .start("127.0.0.1", 0);
    }

    static DashboardServer start() {
        return new DashboardServer(SessionPolicy.forPublicBaseUrl("http://localhost"));
    }

    DashboardClient client() {
        return new DashboardClient("http://127.0.0.1:" + server.port());
    }

    @Override
    public void close() {
        server.close();
    }
}
