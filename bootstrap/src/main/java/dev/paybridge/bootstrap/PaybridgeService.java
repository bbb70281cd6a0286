package dev.paybridge.bootstrap;

import com.google.crypto.tink.KeysetHandle;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Stage;
import dev.paybridge.adapters.http.HttpServer;
import dev.paybridge.adapters.persistence.jooq.PostgresDatabase;
import dev.paybridge.application.gateway.GatewayProviders;
import dev.paybridge.application.gateway.WebhookUrls;
import dev.paybridge.application.spi.PaymentGatewayProvider;
import dev.paybridge.bootstrap.config.LocalSecrets;
import dev.paybridge.bootstrap.config.PaybridgeConfig;
import dev.paybridge.bootstrap.database.EmbeddedPostgresServer;
import dev.paybridge.bootstrap.plugins.GatewayPluginSettings;
import dev.paybridge.bootstrap.plugins.PluginLoader;
import dev.paybridge.bootstrap.wiring.ApplicationModule;
import dev.paybridge.bootstrap.wiring.HttpModule;
import dev.paybridge.bootstrap.wiring.PersistenceModule;
import dev.paybridge.adapters.http.ops.HttpMetrics;
import dev.paybridge.bootstrap.worker.DeferredSignal;
import dev.paybridge.bootstrap.worker.GatewayWorkers;
import dev.paybridge.bootstrap.worker.WorkerCallSlots;
import dev.paybridge.bootstrap.worker.PeriodicSweeps;
import dev.paybridge.application.port.in.webhook.PruneEventsUseCase;
import dev.paybridge.domain.tenant.SecretHash;
import dev.paybridge.application.port.in.webhook.ReconcilePaymentsUseCase;
import dev.paybridge.application.service.webhook.EventRetention;
import dev.paybridge.application.service.webhook.ReconcileInterval;
import dev.paybridge.application.port.in.jobs.ProcessGatewayJobsUseCase;
import dev.paybridge.application.service.invoice.LinkValidity;
import dev.paybridge.application.service.jobs.JobPolicy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A running paybridge: database, plugins, wiring and HTTP server, started in order and closed in reverse. */
public final class PaybridgeService implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PaybridgeService.class);
    private static final Duration EVENT_PRUNING_TICK = Duration.ofHours(1);
    private final Deque<AutoCloseable> resources;
    private final Injector injector;
    private final int port;
    private final String publicBaseUrl;

    private PaybridgeService(Deque<AutoCloseable> resources, Injector injector, int port, String publicBaseUrl) {
        this.resources = resources;
        this.injector = injector;
        this.port = port;
        this.publicBaseUrl = publicBaseUrl;
    }

    public static PaybridgeService start(PaybridgeConfig config) {
        String adminTokenHash = LocalSecrets.adminTokenHash(config);
        KeysetHandle masterKeyset = LocalSecrets.masterKeyset(config);
        Deque<AutoCloseable> resources = new ArrayDeque<>();
        try {
            Optional<EmbeddedPostgresServer> embedded = config.databaseUrl().isPresent() ? Optional.empty()
                    : Optional.of(EmbeddedPostgresServer.start(config.dataDir()));
            embedded.ifPresent(server -> {
                resources.push(server);
                LOG.info("embedded PostgreSQL on port {} with data in {}", server.port(),
                        config.dataDir().resolve("postgres").toAbsolutePath());
            });
            PostgresDatabase database = embedded
                    .map(server -> PostgresDatabase.open(server.jdbcUrl(), EmbeddedPostgresServer.SUPERUSER,
                            server.password(), config.databasePoolSize()))
                    .orElseGet(() -> PostgresDatabase.open(config.databaseUrl().orElseThrow(), null, null,
                            config.databasePoolSize()));
            resources.push(database);
            List<PaymentGatewayProvider> plugins = PluginLoader.load(config.pluginsDir()).providers();
            GatewayPluginSettings.configure(plugins, config);
            GatewayProviders providers = new GatewayProviders(plugins);
            int port = config.httpPort() == 0 ? freePort() : config.httpPort();
            String publicBaseUrl = config.publicBaseUrl(port);
            if (!publicBaseUrl.startsWith("https://")) {
                LOG.warn("PAYBRIDGE_PUBLIC_BASE_URL is {}: gateways deliver webhooks only to https URLs; "
                        + "set it to this service's public https address", publicBaseUrl);
            }
            DeferredSignal signal = new DeferredSignal();
            WorkerCallSlots slots = new WorkerCallSlots(config.syncWorkers(), config.gatewayTimeout());
            // Guice's generated fast-class bytecode saves nanoseconds per injection, which happen at start-up only
            // here, and costs a tenth of a start-up to generate: reflection instead (no interceptors are used)
            System.setProperty("guice_bytecode_gen_option", System.getProperty("guice_bytecode_gen_option",
                    "DISABLED"));
            Injector injector = Guice.createInjector(Stage.PRODUCTION, new PersistenceModule(database, masterKeyset),
                    new ApplicationModule(providers, JobPolicy.of(config.gatewayTimeout(), config.syncFirstRetry()),
                            new LinkValidity(config.linkValidity()), signal, slots,
                            new ReconcileInterval(config.reconcileInterval()), new WebhookUrls(publicBaseUrl),
                            new EventRetention.Period(config.eventRetention())),
                    new HttpModule(adminTokenHash, config.metricsToken().map(SecretHash::sha256Hex), publicBaseUrl));
            GatewayWorkers workers = new GatewayWorkers(injector.getInstance(ProcessGatewayJobsUseCase.class), slots,
                    config.syncSweepInterval());
            signal.target(workers);
            resources.push(workers);
            HttpServer server = injector.getInstance(HttpServer.class).start(config.bindAddress(), port);
            resources.push(server);
            // the background work starts once the server answers: its first queries and the JIT work they cause
            // would otherwise compete for the cores with the start-up itself
            workers.start();
            ReconcilePaymentsUseCase reconcile = injector.getInstance(ReconcilePaymentsUseCase.class);
            PruneEventsUseCase prune = injector.getInstance(PruneEventsUseCase.class);
            resources.push(new PeriodicSweeps()
                    .once("gateway warm-up", () -> plugins.forEach(PaymentGatewayProvider::warmUp))
                    .every(PeriodicSweeps.reconciliationTick(config.reconcileInterval()), "reconciliation",
                            reconcile::reconcileDueLinks)
                    .every(EVENT_PRUNING_TICK, "event retention", prune::pruneExpiredEvents));
            injector.getInstance(HttpMetrics.class).bindJvmMeters();
            LOG.info("paybridge listening on {} port {} (public base URL {}), gateways: {}", config.bindAddress(), port,
                    publicBaseUrl, providers.types());
            return new PaybridgeService(resources, injector, port, publicBaseUrl);
        } catch (RuntimeException failed) {
            closeAll(resources);
            throw failed;
        }
    }

    public int port() {
        return port;
    }

    public String publicBaseUrl() {
        return publicBaseUrl;
    }

    public <T> T component(Class<T> type) {
        return injector.getInstance(type);
    }

    @Override
    public void close() {
        closeAll(resources);
    }

    private static void closeAll(Deque<AutoCloseable> resources) {
        while (!resources.isEmpty()) {
            AutoCloseable resource = resources.pop();
            try {
                resource.close();
            } catch (Exception failed) {
                LOG.warn("failed to close {}", resource.getClass().getSimpleName(), failed);
            }
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException none) {
            throw new UncheckedIOException("no free port for the HTTP server", none);
        }
    }
}
