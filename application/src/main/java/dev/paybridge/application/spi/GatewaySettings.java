package dev.paybridge.application.spi;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A plugin's settings, read from {@code PAYBRIDGE_<PROVIDER>_<NAME>} environment variables (name lower-cased:
 * {@code PAYBRIDGE_MOYASAR_BASE_URL} is {@code base_url} for {@code moyasar}), and the timeout of one gateway call.
 */
public record GatewaySettings(String variablePrefix, Map<String, String> values, Duration timeout) {
    public GatewaySettings {
        Objects.requireNonNull(variablePrefix, "variablePrefix");
        Objects.requireNonNull(timeout, "timeout");
        values = Map.copyOf(values);
    }

    public Optional<String> value(String name) {
        return Optional.ofNullable(values.get(name));
    }

    /** The environment variable behind a setting, for error messages. */
    public String variable(String name) {
        return variablePrefix + name.toUpperCase(java.util.Locale.ROOT);
    }
}
