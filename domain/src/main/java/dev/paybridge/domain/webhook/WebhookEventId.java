package dev.paybridge.domain.webhook;

import dev.paybridge.domain.id.RandomIds;
import dev.paybridge.domain.id.TypedId;
import java.util.Optional;

/** Identifies a received gateway webhook event ({@code whe_…}). */
public record WebhookEventId(String value) {
    public static final String PREFIX = "whe";

    public WebhookEventId {
        TypedId.require(value, PREFIX);
    }

    public static WebhookEventId generate() {
        return new WebhookEventId(RandomIds.next(PREFIX));
    }

    public static Optional<WebhookEventId> parse(String value) {
        return TypedId.parse(value, PREFIX, WebhookEventId::new);
    }

    @Override
    public String toString() {
        return value;
    }
}
