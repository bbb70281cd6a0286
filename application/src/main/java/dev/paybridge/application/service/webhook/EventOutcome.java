package dev.paybridge.application.service.webhook;

import dev.paybridge.domain.webhook.WebhookEventStatus;

/** What applying one gateway event came to, and why when it needs a person to look. */
record EventOutcome(WebhookEventStatus status, String reason) {

    static EventOutcome processed() {
        return new EventOutcome(WebhookEventStatus.PROCESSED, null);
    }

    static EventOutcome ignored(String reason) {
        return new EventOutcome(WebhookEventStatus.IGNORED, reason);
    }

    static EventOutcome needsReview(String reason) {
        return new EventOutcome(WebhookEventStatus.NEEDS_REVIEW, reason);
    }

    /** This outcome of a replay, given what the event had come to before: a replay never clears a review flag. */
    EventOutcome keepingFlagOf(WebhookEventStatus before, String reasonBefore) {
        if (before == WebhookEventStatus.NEEDS_REVIEW && status != WebhookEventStatus.NEEDS_REVIEW) {
            return needsReview(reasonBefore);
        }
        return this;
    }
}
