package dev.paybridge.testing.mothers;

import dev.paybridge.domain.tenant.Scope;
import dev.paybridge.domain.webhook.WebhookEvent;
import dev.paybridge.domain.webhook.WebhookEventId;
import dev.paybridge.domain.webhook.WebhookEventStatus;
import java.time.Instant;

/** Stored gateway events for tests. */
public final class Events {
    private Events() {
    }

    public static WebhookEvent processed(Scope scope, String gatewayEventId, Instant receivedAt) {
        return processed(scope, gatewayEventId, receivedAt, "{\"id\":\"" + gatewayEventId + "\"}");
    }

    public static WebhookEvent processed(Scope scope, String gatewayEventId, Instant receivedAt, String payload) {
        return new WebhookEvent(WebhookEventId.generate(), scope, "fakepay", gatewayEventId, "payment_paid",
                WebhookEventStatus.PROCESSED, null, payload, receivedAt, receivedAt);
    }
}
