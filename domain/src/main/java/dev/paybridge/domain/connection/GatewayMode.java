package dev.paybridge.domain.connection;

/** Test or live: decided by the gateway credentials, never by the caller. */
public enum GatewayMode {
    TEST, LIVE;

    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
