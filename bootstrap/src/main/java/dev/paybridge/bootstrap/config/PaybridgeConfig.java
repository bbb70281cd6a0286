package dev.paybridge.bootstrap.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * paybridge's configuration, read once from {@code PAYBRIDGE_*} environment variables and checked at start-up;
 * {@code variables} keeps them all, for plugin settings such as {@code PAYBRIDGE_MOYASAR_BASE_URL}.
 */
public record PaybridgeConfig(
        int httpPort,
        String bindAddress,
        Optional<String> databaseUrl,
        int databasePoolSize,
        Path dataDir,
        Optional<String> adminToken,
        Optional<String> metricsToken,
        Optional<Path> masterKeyset,
        Optional<URI> publicBaseUrl,
        boolean allowInsecureHttp,
        Optional<Path> pluginsDir,
        Duration gatewayTimeout,
        int syncWorkers,
        Duration syncSweepInterval,
        Duration syncFirstRetry,
        Duration linkValidity,
        Duration reconcileInterval,
        Duration eventRetention,
        Map<String, String> variables) {

    public PaybridgeConfig {
        variables = Map.copyOf(variables);
    }

    /** The same configuration on another HTTP port ({@code 0}: a free one). */
    public PaybridgeConfig withHttpPort(int port) {
        return new PaybridgeConfig(port, bindAddress, databaseUrl, databasePoolSize, dataDir, adminToken,
                metricsToken, masterKeyset, publicBaseUrl, allowInsecureHttp, pluginsDir, gatewayTimeout, syncWorkers,
                syncSweepInterval, syncFirstRetry, linkValidity, reconcileInterval, eventRetention, variables);
    }

    /** Embedded mode: no external database, so paybridge runs its own PostgreSQL in the data directory. */
    public boolean embeddedDatabase() {
        return databaseUrl.isEmpty();
    }

    /** The base URL gateways and clients reach this service at, without a trailing slash. */
    public String publicBaseUrl(int boundPort) {
        String base = publicBaseUrl.map(URI::toString).orElse("http://localhost:" + boundPort);
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }
}
