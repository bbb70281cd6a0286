package dev.paybridge.domain.connection;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/** A connection's decrypted gateway credentials by field name; its {@code toString} names fields, never values. */
public final class ConnectionSecrets {
    private final Map<String, String> values;

    private ConnectionSecrets(Map<String, String> values) {
        this.values = Map.copyOf(values);
    }

    public static ConnectionSecrets of(Map<String, String> values) {
        values.forEach((name, value) -> {
            Objects.requireNonNull(name, "field name");
            Objects.requireNonNull(value, () -> "value of " + name);
        });
        return new ConnectionSecrets(values);
    }

    public Optional<String> value(String field) {
        return Optional.ofNullable(values.get(field));
    }

    /** These secrets with the given fields replaced or added: a partial key rotation. */
    public ConnectionSecrets with(Map<String, String> replacements) {
        Map<String, String> merged = new TreeMap<>(values);
        merged.putAll(replacements);
        return of(merged);
    }

    public Map<String, String> asMap() {
        return values;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ConnectionSecrets that && values.equals(that.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return "ConnectionSecrets" + new TreeMap<>(values).keySet() + " (values hidden)";
    }
}
