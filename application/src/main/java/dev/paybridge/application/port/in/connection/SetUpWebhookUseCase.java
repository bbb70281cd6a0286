package dev.paybridge.application.port.in.connection;

import dev.paybridge.application.outcome.Outcome;
import dev.paybridge.domain.connection.ConnectionId;
import dev.paybridge.domain.tenant.Scope;

/**
 * Runs a connection's webhook set-up again in the background: an automatic one registers (or finds and updates) the
 * gateway webhook; a manual one asks the gateway for a new verification challenge.
 */
public interface SetUpWebhookUseCase {

    /** The connection, its set-up queued; refused for an archived connection or a plugin that cannot do it. */
    Outcome<ConnectionView> setUpWebhook(Scope scope, ConnectionId id);
}
