package dev.paybridge.adapters.http.ops;

import dev.paybridge.adapters.http.RouteGroup;
import dev.paybridge.adapters.http.support.Responses;
import io.javalin.config.RoutesConfig;
import jakarta.inject.Inject;
import java.util.Map;

/** {@code /health}, {@code /ready} and {@code /metrics} for operators and load balancers. */
public final class OperationsRoutes implements RouteGroup {
    /** Where the Prometheus text is served; it may ask for a bearer token. */
    public static final String METRICS_PATH = "/metrics";
    private final ReadinessCheck readiness;
    private final HttpMetrics metrics;

    @Inject
    public OperationsRoutes(ReadinessCheck readiness, HttpMetrics metrics) {
        this.readiness = readiness;
        this.metrics = metrics;
    }

    @Override
    public void register(RoutesConfig routes) {
        metrics.register(routes);
        routes.get("/health", ctx -> Responses.json(ctx, 200, Map.of("status", "ok")));
        routes.get("/ready", ctx -> {
            boolean ready = readiness.isReady();
            Responses.json(ctx, ready ? 200 : 503, Map.of("status", ready ? "ready" : "database unavailable"));
        });
        routes.get(METRICS_PATH, ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8")
                .result(metrics.scrape()));
    }
}
