package dev.paybridge.bootstrap.config;

import dev.paybridge.application.spi.GatewaySettings;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/** Builds {@link PaybridgeConfig} from environment variables; a wrong value fails with the variable's name. */
public final class EnvironmentConfigLoader {
    /** The default bind address: this host only; {@code 0.0.0.0} listens on every interface. */
    static final String LOOPBACK = "127.0.0.1";
    private static final Pattern IPV4 = Pattern.compile(
            "((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");
    private final Map<String, String> env;

    private EnvironmentConfigLoader(Map<String, String> env) {
        this.env = env;
    }

    public static PaybridgeConfig load(Map<String, String> env) {
        return new EnvironmentConfigLoader(env).load();
    }

    private PaybridgeConfig load() {
        Optional<String> databaseUrl = value("PAYBRIDGE_DATABASE_URL").map(this::databaseUrl);
        boolean allowInsecureHttp = flag("PAYBRIDGE_ALLOW_INSECURE_HTTP");
        return new PaybridgeConfig(
                port("PAYBRIDGE_HTTP_PORT", 8080),
                value("PAYBRIDGE_BIND_ADDRESS").map(this::bindAddress).orElse(LOOPBACK),
                databaseUrl,
                count("PAYBRIDGE_DATABASE_POOL_SIZE", 10),
                Path.of(value("PAYBRIDGE_DATA_DIR").orElse(".paybridge")),
                value("PAYBRIDGE_ADMIN_TOKEN").map(token -> token("PAYBRIDGE_ADMIN_TOKEN", token)),
                value("PAYBRIDGE_METRICS_TOKEN").map(token -> token("PAYBRIDGE_METRICS_TOKEN", token)),
                value("PAYBRIDGE_MASTER_KEYSET").map(file -> existingFile("PAYBRIDGE_MASTER_KEYSET", file)),
                value("PAYBRIDGE_PUBLIC_BASE_URL").map(url -> publicBaseUrl(url, databaseUrl.isPresent(),
                        allowInsecureHttp)),
                allowInsecureHttp,
                value("PAYBRIDGE_PLUGINS_DIR").map(dir -> directory("PAYBRIDGE_PLUGINS_DIR", dir)),
                duration("PAYBRIDGE_GATEWAY_TIMEOUT", Duration.ofSeconds(10)),
                count("PAYBRIDGE_SYNC_WORKERS", 8),
                duration("PAYBRIDGE_SYNC_SWEEP_INTERVAL", Duration.ofSeconds(1)),
                duration("PAYBRIDGE_SYNC_FIRST_RETRY", Duration.ofSeconds(1)),
                duration("PAYBRIDGE_LINK_VALIDITY", Duration.ofDays(7)),
                duration("PAYBRIDGE_RECONCILE_INTERVAL", Duration.ofMinutes(5)),
                duration("PAYBRIDGE_EVENT_RETENTION", Duration.ofDays(90)),
                paybridgeVariables());
    }

    private Map<String, String> paybridgeVariables() {
        Map<String, String> variables = new TreeMap<>();
        env.forEach((name, value) -> {
            if (name.startsWith("PAYBRIDGE_")) {
                variables.put(name, value);
            }
        });
        return variables;
    }

    private Optional<String> value(String name) {
        return Optional.ofNullable(env.get(name)).map(String::trim).filter(value -> !value.isEmpty());
    }

    private int port(String name, int fallback) {
        return value(name).map(text -> {
            try {
                int port = Integer.parseInt(text);
                if (port >= 0 && port <= 65535) {
                    return port;
                }
            } catch (NumberFormatException notANumber) {
                // reported below
            }
            throw new ConfigurationException(name, "must be a port number from 0 to 65535, got '" + text + "'");
        }).orElse(fallback);
    }

    private int count(String name, int fallback) {
        return value(name).map(text -> {
            try {
                int count = Integer.parseInt(text);
                if (count >= 1 && count <= 256) {
                    return count;
                }
            } catch (NumberFormatException notANumber) {
                // reported below
            }
            throw new ConfigurationException(name, "must be a whole number from 1 to 256, got '" + text + "'");
        }).orElse(fallback);
    }

    private Duration duration(String name, Duration fallback) {
        return value(name).map(text -> Durations.parse(text).filter(d -> !d.isZero()).orElseThrow(
                () -> new ConfigurationException(name, "must be a duration such as 500ms, 2s, 5m or 1h, got '" + text
                        + "'"))).orElse(fallback);
    }

    private String databaseUrl(String url) {
        if (!url.startsWith("jdbc:postgresql://")) {
            throw new ConfigurationException("PAYBRIDGE_DATABASE_URL",
                    "must be a JDBC URL such as jdbc:postgresql://host:5432/paybridge?user=…&password=…");
        }
        return url;
    }

    private String token(String name, String token) {
        if (token.length() < 16) {
            throw new ConfigurationException(name, "must be at least 16 characters long");
        }
        return token;
    }

    private boolean flag(String name) {
        return value(name).map(text -> switch (text.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new ConfigurationException(name, "must be true or false, got '" + text + "'");
        }).orElse(false);
    }

    private String bindAddress(String text) {
        if (text.equals("localhost") || IPV4.matcher(text).matches() || (text.contains(":")
                && text.matches("[0-9A-Fa-f:.]+") && isAddress(text))) {
            return text;
        }
        throw new ConfigurationException("PAYBRIDGE_BIND_ADDRESS", "must be an IP address to listen on, such as "
                + LOOPBACK + " (this host only) or 0.0.0.0 (every interface), got '" + text + "'");
    }

    private static boolean isAddress(String ipv6Literal) {
        try {
            InetAddress.getByName(ipv6Literal);
            return true;
        } catch (UnknownHostException notAnAddress) {
            return false;
        }
    }

    /** With an external database paybridge is a deployment: its webhook address must be https like a gateway's. */
    private URI publicBaseUrl(String text, boolean externalDatabase, boolean allowInsecureHttp) {
        if (!externalDatabase) {
            return httpUrl("PAYBRIDGE_PUBLIC_BASE_URL", text);
        }
        try {
            return GatewaySettings.secureUrl("PAYBRIDGE_PUBLIC_BASE_URL", text, allowInsecureHttp);
        } catch (IllegalArgumentException refused) {
            throw new ConfigurationException(refused.getMessage());
        }
    }

    private URI httpUrl(String name, String text) {
        try {
            URI uri = new URI(text);
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null
                    && uri.getQuery() == null && uri.getFragment() == null) {
                return uri;
            }
        } catch (URISyntaxException malformed) {
            // reported below
        }
        throw new ConfigurationException(name, "must be an absolute http(s) URL without query, got '" + text + "'");
    }

    private Path existingFile(String name, String text) {
        Path path = Path.of(text);
        if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
            throw new ConfigurationException(name, "must name a readable file, got '" + text + "'");
        }
        return path;
    }

    private Path directory(String name, String text) {
        Path path = Path.of(text);
        if (!Files.isDirectory(path)) {
            throw new ConfigurationException(name, "must name an existing directory, got '" + text + "'");
        }
        return path;
    }
}
