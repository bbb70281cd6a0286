package dev.paybridge.domain.connection;

/** Whether a connection is in use; an archived connection keeps its history but accepts nothing new. */
public enum ConnectionStatus {
    ACTIVE, ARCHIVED;

    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
