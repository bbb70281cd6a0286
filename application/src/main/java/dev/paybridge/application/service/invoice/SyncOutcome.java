package dev.paybridge.application.service.invoice;

/** What running one sync came to. */
record SyncOutcome(Kind kind, String message) {

    enum Kind {
        /** The invoice has its link. */
        SYNCED,
        /** The gateway definitely refused; the sync is failed. */
        REFUSED,
        /** The outcome is unknown; the sync will be retried. */
        UNKNOWN,
        /** The invoice no longer needs a link (voided, paid, gone). */
        NOT_NEEDED,
        /** Another worker took the job over (our lease ran out). */
        LEASE_LOST
    }

    static SyncOutcome of(Kind kind) {
        return new SyncOutcome(kind, null);
    }
}
