package dev.paybridge.application.service.webhook;

import dev.paybridge.application.port.out.persistence.PaymentTargets;
import dev.paybridge.application.port.out.persistence.PaymentTargets.Intake;
import dev.paybridge.application.port.out.persistence.Transactions;
import dev.paybridge.application.port.out.persistence.VerifierChangedException;
import dev.paybridge.application.port.out.persistence.WebhookEventRepository;
import dev.paybridge.application.port.out.persistence.WebhookVerifier;
import dev.paybridge.application.spi.GatewayEvent;
import dev.paybridge.domain.tenant.Scope;
import dev.paybridge.domain.webhook.WebhookEvent;
import dev.paybridge.domain.webhook.WebhookEventId;
import dev.paybridge.domain.webhook.WebhookEventStatus;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Stores a gateway event once and applies it in the same transaction. When applying fails, the event is stored as
 * {@code failed} (with a reason fit for the tenant, the cause in the log) and the gateway is told to deliver it again;
 * a later delivery of a failed event applies it again. Only a failure to store it at all escapes.
 */
public final class GatewayEventRecorder {
    static final String NOT_APPLIED = "could not be applied; it is applied again when the gateway delivers it again "
            + "or when it is replayed";
    private static final System.Logger LOG = System.getLogger(GatewayEventRecorder.class.getName());
    private final WebhookEventRepository events;
    private final PaymentTargets targets;
    private final EventApplication application;
    private final Transactions transactions;
    private final Clock clock;

    @Inject
    public GatewayEventRecorder(WebhookEventRepository events, PaymentTargets targets, EventApplication application,
            Transactions transactions, Clock clock) {
        this.events = events;
        this.targets = targets;
        this.application = application;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** What recording an event came to. */
    public enum Recorded {
        /** Stored and applied now. */
        NEW,
        /** Stored and applied before; nothing changed. */
        DUPLICATE,
        /** Stored, but applying it failed: the gateway must deliver it again. */
        NOT_APPLIED,
        /** Not stored: the connection that verified the webhook changed since; verify it again with the new one. */
        VERIFIER_CHANGED
    }

    /** Records an event that the gateway reported when asked (no webhook, so nothing verified it). */
    public Recorded record(Scope scope, String providerType, GatewayEvent event) {
        return record(scope, providerType, event, Optional.empty());
    }

    /**
     * Records a webhook's event, checking in the storing transaction that the connection that verified it is still
     * active with the same secrets ({@link Recorded#VERIFIER_CHANGED} when it is not: nothing stored).
     */
    public Recorded record(Scope scope, String providerType, GatewayEvent event, WebhookVerifier verifier) {
        return record(scope, providerType, event, Optional.of(verifier));
    }

    private Recorded record(Scope scope, String providerType, GatewayEvent event, Optional<WebhookVerifier> verifier) {
        Instant now = clock.instant();
        WebhookEvent stored = new WebhookEvent(WebhookEventId.generate(), scope, providerType, event.eventId(),
                event.gatewayType(), WebhookEventStatus.PROCESSED, null, event.storablePayload(), now, now);
        try {
            return transactions.inTransaction(() -> {
                Intake intake = store(stored, event, verifier);
                if (intake.stored()) {
                    settle(stored, application.apply(scope, providerType, event, intake.target()));
                    return Recorded.NEW;
                }
                Optional<WebhookEvent> earlier = events.findByGatewayEventId(scope, providerType, event.eventId())
                        .filter(found -> found.status() == WebhookEventStatus.FAILED);
                if (earlier.isEmpty()) {
                    return Recorded.DUPLICATE;
                }
                settle(earlier.get(), application.apply(scope, providerType, event, intake.target()));
                return Recorded.NEW;
            });
        } catch (VerifierChangedException changed) {
            return Recorded.VERIFIER_CHANGED;
        } catch (RuntimeException applyFailed) {
            LOG.log(Level.ERROR, "gateway event " + event.eventId() + " of " + providerType + " in " + scope
                    + " could not be applied; it is stored as failed", applyFailed);
            transactions.inTransaction(() -> events.insert(new WebhookEvent(stored.id(), scope, providerType,
                    event.eventId(), event.gatewayType(), WebhookEventStatus.FAILED, NOT_APPLIED,
                    event.storablePayload(), now, null)));
            return Recorded.NOT_APPLIED;
        }
    }

    /** Stores the event; payment news locks the target it is applied to in the same round trip. */
    private Intake store(WebhookEvent stored, GatewayEvent event, Optional<WebhookVerifier> verifier) {
        return application.paymentTargetOf(event)
                .map(gatewayInvoiceId -> targets.storeAndLock(stored, verifier, gatewayInvoiceId))
                .orElseGet(() -> new Intake(verifier.map(checked -> events.insert(stored, checked))
                        .orElseGet(() -> events.insert(stored)), Optional.empty()));
    }

    /** Applies a stored event again and records the new outcome; a review flag is never cleared. */
    void reapply(WebhookEvent stored, GatewayEvent event) {
        transactions.inTransaction(() -> {
            EventOutcome outcome = application.apply(stored.scope(), stored.providerType(), event)
                    .keepingFlagOf(stored.status(), stored.reviewReason());
            events.recordOutcome(stored.scope(), stored.id(), outcome.status(), outcome.reason(), clock.instant());
            return outcome;
        });
    }

    private void settle(WebhookEvent stored, EventOutcome outcome) {
        if (!outcome.equals(EventOutcome.processed()) || stored.status() != WebhookEventStatus.PROCESSED) {
            // stored as processed already: most events need no second write of their (wide) row
            events.recordOutcome(stored.scope(), stored.id(), outcome.status(), outcome.reason(), clock.instant());
        }
    }
}
