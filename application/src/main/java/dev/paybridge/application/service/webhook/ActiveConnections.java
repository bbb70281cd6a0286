package dev.paybridge.application.service.webhook;

import dev.paybridge.application.port.out.cache.BoundedCache;
import dev.paybridge.application.port.out.cache.Caches;
import dev.paybridge.application.port.out.persistence.ConnectionRepository;
import dev.paybridge.domain.connection.Connection;
import dev.paybridge.domain.tenant.Scope;
import java.util.Optional;

/**
 * The active connection of each gateway in each tenant environment, kept between webhooks so that a webhook need not
 * read it first. What is kept may be out of date (rotated or archived on any instance): a webhook stored with a kept
 * connection checks in its storing round trip that the connection is unchanged, and a webhook refused or not stored
 * with a kept one is verified again with a fresh read ({@link WebhookService}). Environments without an active
 * connection are not kept.
 */
final class ActiveConnections {
    /** How many connections are kept; beyond that the least recently used are read again when needed. */
    static final int MAX_KEPT = 1024;
    private final ConnectionRepository connections;
    private final BoundedCache<Key, Optional<Connection>> kept;

    ActiveConnections(ConnectionRepository connections, Caches caches) {
        this.connections = connections;
        this.kept = caches.bounded(MAX_KEPT);
    }

    /** The kept connection, or a fresh read when none is kept. */
    Read find(Scope scope, String providerType) {
        Key key = new Key(scope, providerType);
        boolean[] readNow = {false};
        Optional<Connection> found = kept.get(key, unkept -> {
            readNow[0] = true;
            return connections.findActive(scope, providerType);
        });
        if (found.isEmpty()) {
            kept.invalidate(key);
        }
        return new Read(found, !readNow[0]);
    }

    /** A read from the database now, whatever is kept (another webhook may keep a connection meanwhile), kept too. */
    Read reread(Scope scope, String providerType) {
        Key key = new Key(scope, providerType);
        kept.invalidate(key);
        Optional<Connection> fresh = connections.findActive(scope, providerType);
        if (fresh.isPresent()) {
            kept.get(key, unkept -> fresh);
        }
        return new Read(fresh, false);
    }

    /** Forgets the kept connection; the next webhook reads it again. */
    void forget(Scope scope, String providerType) {
        kept.invalidate(new Key(scope, providerType));
    }

    /** A connection as found, and whether it came from what is kept rather than from the database just now. */
    record Read(Optional<Connection> connection, boolean wasKept) {
    }

    private record Key(Scope scope, String providerType) {
    }
}
