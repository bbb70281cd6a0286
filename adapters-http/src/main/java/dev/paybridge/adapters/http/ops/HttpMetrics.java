package dev.paybridge.adapters.http.ops;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/** Times every request by method, route template and status, and keeps the JVM's own meters, for {@code /metrics}. */
public final class HttpMetrics {
    private static final String STARTED = "paybridge.started";
    /** Label values are a closed set: any client can send any method name and path, and each value is a series. */
    static final String OTHER_METHOD = "OTHER";
    static final String UNMATCHED_ROUTE = "unmatched";
    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS",
            "TRACE", "CONNECT");
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

    /**
     * Adds the JVM's own meters (memory, GC, threads, processor, uptime). Called once the server answers: their
     * classes and JMX beans are a noticeable share of a start-up, and nothing reads them before the first scrape.
     */
    @SuppressWarnings("resource")
    public void bindJvmMeters() {
        new JvmMemoryMetrics().bindTo(registry);
        new JvmGcMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
    }

    public PrometheusMeterRegistry registry() {
        return registry;
    }

    void register(RoutesConfig routes) {
        routes.before(ctx -> ctx.attribute(STARTED, System.nanoTime()));
        routes.after(this::record);
    }

    private void record(Context ctx) {
        Long started = ctx.attribute(STARTED);
        if (started == null) {
            return;
        }
        var matched = ctx.endpoints().matchedHttpEndpoint();
        String route = matched == null ? UNMATCHED_ROUTE : matched.path;
        Timer.builder("http.server.requests")
                .tag("method", methodLabel(ctx.method().name()))
                .tag("route", route)
                .tag("status", Integer.toString(ctx.statusCode()))
                .register(registry)
                .record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
    }

    static String methodLabel(String method) {
        return METHODS.contains(method) ? method : OTHER_METHOD;
    }

    String scrape() {
        return registry.scrape();
    }
}
