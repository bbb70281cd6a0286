package dev.paybridge.domain.connection;

import java.time.Instant;
import java.util.Objects;

/**
 * The outcome of proving a connection's credentials against its gateway: ok with the mode, or an error code
 * ({@code invalid_credentials}, {@code insufficient_permissions}, {@code gateway_unavailable}) and message.
 */
public record ConnectionTest(boolean ok, GatewayMode mode, long latencyMs, Instant checkedAt, String errorCode,
        String errorMessage) {
    public ConnectionTest {
        Objects.requireNonNull(checkedAt, "checkedAt");
        if (ok != (errorCode == null)) {
            throw new IllegalArgumentException("a test has an error code exactly when it failed");
        }
    }

    public static ConnectionTest passed(GatewayMode mode, long latencyMs, Instant checkedAt) {
        return new ConnectionTest(true, mode, latencyMs, checkedAt, null, null);
    }

    public static ConnectionTest failed(String errorCode, String errorMessage, long latencyMs, Instant checkedAt) {
        return new ConnectionTest(false, null, latencyMs, checkedAt, errorCode, errorMessage);
    }
}
