package dev.paybridge.application.port.out.jobs;

import java.util.Locale;

/** The kinds of background gateway work; each kind has one handler in the application. */
public enum JobKind {
    /** Create (or find again) an invoice's payment link at its gateway. Subject: the invoice id. */
    INVOICE_SYNC,
    /** Cancel a retired payment link at its gateway. Subject: the invoice id and the gateway invoice id. */
    LINK_CANCELLATION,
    /** Register (or find and update) a connection's gateway webhook, or ask for a new challenge. Subject: the connection. */
    WEBHOOK_SETUP,
    /** Answer the gateway's challenge for a connection's webhook. Subject: the connection. */
    WEBHOOK_CHALLENGE,
    /** Delete an archived connection's gateway webhook. Subject: the connection. */
    WEBHOOK_DELETION;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static JobKind fromWireName(String text) {
        return valueOf(text.toUpperCase(Locale.ROOT));
    }
}
