package dev.paybridge.moyasar.simulator;

/** Where the running simulator answers; known once the server has bound its port. */
final class SimulatorAddress {

    private volatile String origin = "http://localhost";

    void bind(int port) {
        origin = "http://localhost:" + port;
    }

    /** Scheme, host and port, e.g. {@code http://localhost:9090}. */
    String origin() {
        return origin;
    }

    String checkoutUrl(String invoiceId) {
        return origin + "/invoices/" + invoiceId + "/checkout";
    }
}
