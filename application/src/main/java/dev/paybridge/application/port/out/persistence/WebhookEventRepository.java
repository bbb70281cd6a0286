package dev.paybridge.application.port.out.persistence;

import dev.paybridge.application.page.Page;
import dev.paybridge.application.page.PageRequest;
import dev.paybridge.domain.tenant.Scope;
import dev.paybridge.domain.webhook.WebhookEvent;
import dev.paybridge.domain.webhook.WebhookEventId;
import dev.paybridge.domain.webhook.WebhookEventStatus;
import java.time.Instant;
import java.util.Optional;

/** Stores gateway events once each, by (scope, provider, gateway event id). */
public interface WebhookEventRepository {

    /** Stores the event; false (and nothing stored) when this gateway event was stored before. */
    boolean insert(WebhookEvent event);

    /**
     * Stores the event as {@link #insert} does, after checking, in the same go, that the connection that verified it
     * is unchanged; throws {@link VerifierChangedException} when it is not, and the caller's transaction then rolls the
     * insert back. Call inside a transaction.
     */
    boolean insert(WebhookEvent event, WebhookVerifier verifier);

    void recordOutcome(Scope scope, WebhookEventId id, WebhookEventStatus status, String reviewReason, Instant at);

    Optional<WebhookEvent> find(Scope scope, WebhookEventId id);

    /** The event stored under this gateway's event id, if any. */
    Optional<WebhookEvent> findByGatewayEventId(Scope scope, String providerType, String gatewayEventId);

    /**
     * A page of the scope's events, newest first, whose payloads together stay within {@code payloadBudget} bytes
     * (the first event of the page is always included): a page may hold fewer events than its limit; its total counts
     * them all.
     */
    Page<WebhookEvent> list(Scope scope, Optional<WebhookEventStatus> status, PageRequest page, int payloadBudget);

    /** Deletes up to {@code limit} processed or ignored events received before {@code before}; how many it did. */
    int deleteSettledBefore(Instant before, int limit);
}
