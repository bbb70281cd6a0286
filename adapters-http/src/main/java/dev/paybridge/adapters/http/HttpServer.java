package dev.paybridge.adapters.http;

import dev.paybridge.adapters.http.auth.ApiKeyAuthentication;
import dev.paybridge.adapters.http.auth.BearerTokenAuthentication;
import dev.paybridge.adapters.http.ops.OperationsRoutes;
import dev.paybridge.adapters.http.server.ClientLimits;
import dev.paybridge.adapters.http.support.ProblemMapper;
import dev.paybridge.adapters.http.support.RequestBodies;
import dev.paybridge.application.port.in.tenant.AuthenticateApiKeyUseCase;
import io.javalin.Javalin;
import java.util.List;
import java.util.Optional;

/** The paybridge HTTP server: problem mapping, authentication and every route group on one Javalin instance. */
public final class HttpServer implements AutoCloseable {
    /** Public paths under {@code /v1} that authenticate themselves (gateway webhooks). */
    public static final String PUBLIC_V1_PREFIX = "/v1/webhooks/";
    private final Javalin app;

    /** {@code metricsTokenHash}, when present, makes {@code /metrics} ask for that bearer token. */
    public HttpServer(List<RouteGroup> groups, AuthenticateApiKeyUseCase authenticate, String adminTokenHash,
            Optional<String> metricsTokenHash, ProblemMapper problems) {
        ApiKeyAuthentication apiKeys = new ApiKeyAuthentication(authenticate);
        BearerTokenAuthentication admin = new BearerTokenAuthentication(adminTokenHash, "admin");
        this.app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.http.prefer405over404 = true;
            config.http.maxRequestSize = 2L * 1024 * 1024;
            config.router.ignoreTrailingSlashes = true;
            config.jetty.modifyServer(server -> server.setStopTimeout(2_000));
            ClientLimits.apply(config, RequestBodies.DEFAULT_LIMIT, problems);
            problems.register(config.routes);
            config.routes.before("/admin/*", admin);
            metricsTokenHash.ifPresent(hash -> config.routes.before(OperationsRoutes.METRICS_PATH,
                    new BearerTokenAuthentication(hash, "metrics")));
            config.routes.before("/v1/*", ctx -> {
                if (!ctx.path().startsWith(PUBLIC_V1_PREFIX)) {
                    apiKeys.handle(ctx);
                }
            });
            groups.forEach(group -> group.register(config.routes));
        });
    }

    /** Starts listening; port 0 picks a free port. */
    public HttpServer start(String host, int port) {
        app.start(host, port);
        return this;
    }

    public int port() {
        return app.port();
    }

    /** Every endpoint the router serves, as method and path template (before and after handlers left out). */
    public List<Endpoint> endpoints() {
        return app.unsafe.internalRouter.allHttpHandlers().stream()
                .map(parsed -> parsed.endpoint)
                .filter(endpoint -> endpoint.method.isHttpMethod())
                .map(endpoint -> new Endpoint(endpoint.method.name(), endpoint.path))
                .toList();
    }

    /** One registered route: its HTTP method and its path template ({@code /v1/invoices/{id}}). */
    public record Endpoint(String method, String path) {
    }

    @Override
    public void close() {
        app.stop();
    }
}
