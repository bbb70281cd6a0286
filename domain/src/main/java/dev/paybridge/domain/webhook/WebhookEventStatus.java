package dev.paybridge.domain.webhook;

/** What became of a stored gateway event. */
public enum WebhookEventStatus {
    PROCESSED, IGNORED, NEEDS_REVIEW, FAILED;

    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
