package dev.paybridge.application.service.webhook;

import dev.paybridge.application.port.out.persistence.Transactions;
import dev.paybridge.application.port.out.persistence.WebhookEventRepository;
import dev.paybridge.application.spi.GatewayEvent;
import dev.paybridge.domain.tenant.Scope;
import dev.paybridge.domain.webhook.WebhookEvent;
import dev.paybridge.domain.webhook.WebhookEventId;
import dev.paybridge.domain.webhook.WebhookEventStatus;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;

/**
 * Stores a gateway event once and applies it in the same transaction. When applying fails, the event is still
 * stored, as {@code failed}, for a replay; only a failure to store it at all escapes, so the gateway retries.
 */
public final class GatewayEventRecorder {
    private final WebhookEventRepository events;
    private final PaymentEventApplier applier;
    private final Transactions transactions;
    private final Clock clock;

    @Inject
    public GatewayEventRecorder(WebhookEventRepository events, PaymentEventApplier applier, Transactions transactions,
            Clock clock) {
        this.events = events;
        this.applier = applier;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** True when the event is new (stored now), false when it was stored before. */
    public boolean record(Scope scope, String providerType, GatewayEvent event) {
        Instant now = clock.instant();
        WebhookEvent stored = new WebhookEvent(WebhookEventId.generate(), scope, providerType, event.eventId(),
                event.gatewayType(), WebhookEventStatus.PROCESSED, null, event.storablePayload(), now, now);
        try {
            return transactions.inTransaction(() -> {
                if (!events.insert(stored)) {
                    return false;
                }
                EventOutcome outcome = applier.apply(scope, providerType, event.type(), event.payment());
                if (!outcome.equals(EventOutcome.processed())) {
                    // stored as processed already: most events need no second write of their (wide) row
                    events.recordOutcome(scope, stored.id(), outcome.status(), outcome.reason(), clock.instant());
                }
                return true;
            });
        } catch (RuntimeException applyFailed) {
            return transactions.inTransaction(() -> {
                boolean inserted = events.insert(new WebhookEvent(stored.id(), scope, providerType, event.eventId(),
                        event.gatewayType(), WebhookEventStatus.FAILED, "could not be applied: " + applyFailed,
                        event.storablePayload(), now, null));
                return inserted;
            });
        }
    }

    /** Applies a stored event again and records the new outcome. */
    void reapply(WebhookEvent stored, GatewayEvent event) {
        transactions.inTransaction(() -> {
            EventOutcome outcome = applier.apply(stored.scope(), stored.providerType(), event.type(), event.payment());
            events.recordOutcome(stored.scope(), stored.id(), outcome.status(), outcome.reason(), clock.instant());
            return outcome;
        });
    }
}
