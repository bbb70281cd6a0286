package dev.paybridge.moyasar.simulator;

import java.util.List;

/** The webhook event type names the simulator knows. */
final class WebhookEvents {

    static final String PAYMENT_PAID = "payment_paid";
    static final String PAYMENT_FAILED = "payment_failed";
    static final String PAYMENT_FAILED_MISSPELLED = "payment_faild";
    static final String PAYMENT_REFUNDED = "payment_refunded";
    static final String PAYMENT_VOIDED = "payment_voided";
    static final String PAYMENT_AUTHORIZED = "payment_authorized";
    static final String PAYMENT_CAPTURED = "payment_captured";
    static final String WEBHOOK_VERIFICATION = "webhook_verification";

    /** What {@code GET /v1/webhooks/available_events} lists. */
    static final List<String> AVAILABLE = List.of(
            PAYMENT_PAID, PAYMENT_FAILED, PAYMENT_REFUNDED, PAYMENT_VOIDED, PAYMENT_AUTHORIZED, PAYMENT_CAPTURED,
            "payment_verified", "payment_abandoned", "payment_canceled", "payment_expired");

    /** What a webhook may subscribe to: the available events and the docs' misspelling of payment_failed. */
    static final List<String> SUBSCRIBABLE = List.of(
            PAYMENT_PAID, PAYMENT_FAILED, PAYMENT_FAILED_MISSPELLED, PAYMENT_REFUNDED, PAYMENT_VOIDED,
            PAYMENT_AUTHORIZED, PAYMENT_CAPTURED, "payment_verified", "payment_abandoned", "payment_canceled",
            "payment_expired");

    static final List<String> DEFAULT_SUBSCRIPTION = List.of(
            PAYMENT_PAID, PAYMENT_FAILED, PAYMENT_REFUNDED, PAYMENT_VOIDED, PAYMENT_AUTHORIZED, PAYMENT_CAPTURED,
            "payment_verified");

    private WebhookEvents() {
    }
}
