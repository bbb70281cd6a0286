package dev.paybridge.application.port.in.webhook;

import dev.paybridge.application.outcome.Outcome;
import dev.paybridge.application.page.Page;
import dev.paybridge.application.page.PageRequest;
import dev.paybridge.domain.tenant.Scope;
import dev.paybridge.domain.webhook.WebhookEvent;
import dev.paybridge.domain.webhook.WebhookEventId;
import dev.paybridge.domain.webhook.WebhookEventStatus;
import java.util.Optional;

/** The audit of received gateway events and their idempotent replay. */
public interface WebhookEventsUseCase {

    Page<WebhookEvent> listEvents(Scope scope, Optional<WebhookEventStatus> status, PageRequest page);

    /** Applies a stored event again; changes nothing that applying it before already did, never clears a flag. */
    Outcome<WebhookEvent> replayEvent(Scope scope, WebhookEventId id);
}
