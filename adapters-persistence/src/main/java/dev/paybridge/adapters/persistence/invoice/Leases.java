package dev.paybridge.adapters.persistence.invoice;

/** Shared details of the leased job queues. */
final class Leases {
    private static final int MAX_ERROR_LENGTH = 1000;

    private Leases() {
    }

    /** Fits a gateway error into its column. */
    static String truncate(String error) {
        return error == null || error.length() <= MAX_ERROR_LENGTH ? error : error.substring(0, MAX_ERROR_LENGTH - 1) + "…";
    }
}
