package dev.paybridge.domain.connection;

/** Which way invoices flow between paybridge and the gateway for one connection. */
public record SyncConfig(boolean invoiceInbound, boolean invoiceOutbound) {
    public static final SyncConfig DEFAULT = new SyncConfig(false, true);
}
