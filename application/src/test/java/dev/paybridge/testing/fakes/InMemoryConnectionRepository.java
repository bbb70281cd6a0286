package dev.paybridge.testing.fakes;

import dev.paybridge.application.page.Page;
import dev.paybridge.application.page.PageRequest;
import dev.paybridge.application.port.out.persistence.ConnectionRepository;
import dev.paybridge.domain.connection.Connection;
import dev.paybridge.domain.connection.ConnectionId;
import dev.paybridge.domain.connection.ConnectionStatus;
import dev.paybridge.domain.connection.ConnectionTest;
import dev.paybridge.domain.connection.WebhookSetup;
import dev.paybridge.domain.tenant.Scope;
import dev.paybridge.testing.fakes.InMemoryStore.Scoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/** Connections in memory, with the database's rule of one active connection per provider and environment. */
public final class InMemoryConnectionRepository implements ConnectionRepository {
    private static final Comparator<Connection> OLDEST_FIRST = Comparator.comparing(Connection::createdAt)
            .thenComparing(connection -> connection.id().value());
    private final InMemoryStore store;
    private final AtomicInteger activeReads = new AtomicInteger();

    public InMemoryConnectionRepository(InMemoryStore store) {
        this.store = store;
    }

    /** Test knob: how often the active connection of one provider was read ({@code findActive(scope, type)}). */
    public int activeReads() {
        return activeReads.get();
    }

    @Override
    public boolean insert(Connection connection) {
        return store.statement(() -> {
            store.requireEnvironment(connection.scope(), "connections_environment_fk");
            Scoped key = key(connection.scope(), connection.id());
            if (store.connections.contains(key) || secondActive(connection)) {
                return false;
            }
            store.connections.put(key, stored(connection));
            return true;
        });
    }

    @Override
    public void update(Connection connection) {
        store.run(() -> {
            Scoped key = key(connection.scope(), connection.id());
            if (store.connections.contains(key)) {
                if (secondActive(connection)) {
                    throw new ConstraintViolation("connections_one_active_per_provider_uk");
                }
                store.connections.put(key, stored(connection));
            }
        });
    }

    @Override
    public void recordTest(Scope scope, ConnectionId id, ConnectionTest test) {
        store.run(() -> store.connections.get(key(scope, id)).ifPresent(c -> store.connections.put(key(scope, id),
                new Connection(c.id(), c.scope(), c.name(), c.providerType(), c.status(), c.mode(), c.secrets(),
                        c.metadata(), c.syncConfig(), stored(test), c.webhook(), c.createdAt(), c.updatedAt()))));
    }

    @Override
    public void updateWebhook(Scope scope, ConnectionId id, WebhookSetup webhook) {
        store.run(() -> store.connections.get(key(scope, id)).ifPresent(c -> store.connections.put(key(scope, id),
                c.withWebhook(stored(webhook)))));
    }

    @Override
    public void noteEvent(Scope scope, ConnectionId id, Instant at, Duration coarseness) {
        store.run(() -> store.connections.get(key(scope, id))
                .filter(c -> c.webhook().lastEventAt() == null
                        || c.webhook().lastEventAt().isBefore(Micros.of(at.minus(coarseness))))
                .ifPresent(c -> store.connections.put(key(scope, id), c.withWebhook(stored(c.webhook().eventAt(at))))));
    }

    @Override
    public Optional<Connection> find(Scope scope, ConnectionId id) {
        return store.statement(() -> store.connections.get(key(scope, id)));
    }

    @Override
    public Optional<Connection> findForUpdate(Scope scope, ConnectionId id) {
        return find(scope, id);
    }

    @Override
    public List<Connection> findActive(Scope scope) {
        return store.statement(() -> store.connections.where(c -> c.scope().equals(scope) && c.isActive()).stream()
                .sorted(OLDEST_FIRST).toList());
    }

    @Override
    public Optional<Connection> findActive(Scope scope, String providerType) {
        activeReads.incrementAndGet();
        return store.statement(() -> store.connections.where(c -> c.scope().equals(scope) && c.isActive()
                && c.providerType().equals(providerType)).stream().findFirst());
    }

    @Override
    public Page<Connection> list(Scope scope, Optional<String> providerType, ConnectionStatus status, PageRequest page) {
        return store.statement(() -> Pages.of(store.connections.where(c -> c.scope().equals(scope)
                        && c.status() == status && providerType.map(c.providerType()::equals).orElse(true)),
                OLDEST_FIRST.reversed(), page));
    }

    private boolean secondActive(Connection connection) {
        return connection.isActive() && store.connections.any(other -> other.scope().equals(connection.scope())
                && other.isActive() && other.providerType().equals(connection.providerType())
                && !other.id().equals(connection.id()));
    }

    private static Scoped key(Scope scope, ConnectionId id) {
        return new Scoped(scope, id.value());
    }

    private static Connection stored(Connection c) {
        return new Connection(c.id(), c.scope(), c.name(), c.providerType(), c.status(), c.mode(), c.secrets(),
                c.metadata(), c.syncConfig(), stored(c.lastTest()), stored(c.webhook()), Micros.of(c.createdAt()),
                Micros.of(c.updatedAt()));
    }

    private static WebhookSetup stored(WebhookSetup webhook) {
        return new WebhookSetup(webhook.mode(), webhook.state(), Columns.fit(webhook.gatewayWebhookId(), 255),
                webhook.events(), micros(webhook.verifiedAt()), micros(webhook.lastEventAt()),
                Columns.fit(webhook.lastError(), 1000));
    }

    private static Instant micros(Instant at) {
        return at == null ? null : Micros.of(at);
    }

    private static ConnectionTest stored(ConnectionTest test) {
        return test == null ? null : new ConnectionTest(test.ok(), test.mode(), test.latencyMs(),
                Micros.of(test.checkedAt()), test.errorCode(), test.errorMessage());
    }
}
