package dev.paybridge.application.port.out.persistence;

import dev.paybridge.application.page.Page;
import dev.paybridge.application.page.PageRequest;
import dev.paybridge.domain.connection.Connection;
import dev.paybridge.domain.connection.ConnectionId;
import dev.paybridge.domain.connection.ConnectionStatus;
import dev.paybridge.domain.connection.ConnectionTest;
import dev.paybridge.domain.connection.WebhookSetup;
import dev.paybridge.domain.tenant.Scope;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Stores connections; every read and write is confined to one tenant environment. */
public interface ConnectionRepository {

    /** Inserts the connection; false (and nothing stored) when the scope already has an active one of its provider. */
    boolean insert(Connection connection);

    void update(Connection connection);

    /** Stores the webhook's set-up and state without touching anything else of the connection. */
    void updateWebhook(Scope scope, ConnectionId id, WebhookSetup webhook);

    /**
     * Notes that an authentic event arrived at {@code at}, unless one was noted less than {@code coarseness} before
     * (the time is for people; one write per webhook would only add contention).
     */
    void noteEvent(Scope scope, ConnectionId id, Instant at, Duration coarseness);

    /** Stores the latest connection test without touching anything else of the connection. */
    void recordTest(Scope scope, ConnectionId id, ConnectionTest test);

    Optional<Connection> find(Scope scope, ConnectionId id);

    /** Like {@link #find}, and locks the row until the surrounding transaction ends. */
    Optional<Connection> findForUpdate(Scope scope, ConnectionId id);

    /** The scope's active connections (at most one per provider). */
    List<Connection> findActive(Scope scope);

    /** The scope's active connection of one provider: what verifies that provider's webhooks. */
    Optional<Connection> findActive(Scope scope, String providerType);

    Page<Connection> list(Scope scope, Optional<String> providerType, ConnectionStatus status, PageRequest page);
}
