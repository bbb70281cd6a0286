package dev.paybridge.application.spi;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A plugin's settings, read from {@code PAYBRIDGE_<PROVIDER>_<NAME>} environment variables (name lower-cased:
 * {@code PAYBRIDGE_MOYASAR_BASE_URL} is {@code base_url} for {@code moyasar}), the timeout of one gateway call, and
 * whether plain http may leave this host ({@code PAYBRIDGE_ALLOW_INSECURE_HTTP}).
 */
public record GatewaySettings(String variablePrefix, Map<String, String> values, Duration timeout,
        boolean allowInsecureHttp) {
    private static final Set<String> LOOPBACK_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

    public GatewaySettings {
        Objects.requireNonNull(variablePrefix, "variablePrefix");
        Objects.requireNonNull(timeout, "timeout");
        values = Map.copyOf(values);
    }

    /** Settings where plain http is allowed only to this host. */
    public GatewaySettings(String variablePrefix, Map<String, String> values, Duration timeout) {
        this(variablePrefix, values, timeout, false);
    }

    public Optional<String> value(String name) {
        return Optional.ofNullable(values.get(name));
    }

    /** The environment variable behind a setting, for error messages. */
    public String variable(String name) {
        return variablePrefix + name.toUpperCase(Locale.ROOT);
    }

    /**
     * The setting (or {@code fallback}) as a URL credentials may be sent to, without a trailing slash; see
     * {@link #secureUrl(String, String, boolean)}.
     */
    public URI url(String name, String fallback) {
        return secureUrl(variable(name), value(name).orElse(fallback), allowInsecureHttp);
    }

    /**
     * The one rule for a URL that secrets or money travel to: absolute, no query or fragment, https; plain http only
     * to this host ({@code localhost}, {@code 127.0.0.1}, {@code ::1}: a local simulator) or when
     * {@code allowInsecureHttp}. Returned without a trailing slash.
     *
     * @throws IllegalArgumentException whose message starts with {@code variable}, when the text breaks the rule
     */
    public static URI secureUrl(String variable, String text, boolean allowInsecureHttp) {
        URI uri;
        try {
            uri = new URI(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
        } catch (URISyntaxException malformed) {
            uri = null;
        }
        if (uri == null || uri.getHost() == null || uri.getQuery() != null || uri.getFragment() != null
                || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))) {
            throw new IllegalArgumentException(variable + ": must be an absolute https URL without query, got '"
                    + text + "'");
        }
        if ("http".equals(uri.getScheme()) && !allowInsecureHttp
                && !LOOPBACK_HOSTS.contains(uri.getHost().toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException(variable + ": must be https (plain http is allowed only to localhost, "
                    + "127.0.0.1 or ::1, or with PAYBRIDGE_ALLOW_INSECURE_HTTP=true), got '" + text + "'");
        }
        return uri;
    }
}
