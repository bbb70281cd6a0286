package dev.paybridge.application.service.connection;

import dev.paybridge.application.outcome.Outcome;
import dev.paybridge.application.page.Page;
import dev.paybridge.application.page.PageRequest;
import dev.paybridge.application.port.in.connection.ConnectionView;
import dev.paybridge.application.port.in.connection.GetConnectionUseCase;
import dev.paybridge.application.port.in.connection.ListConnectionsUseCase;
import dev.paybridge.application.port.out.persistence.ConnectionRepository;
import dev.paybridge.domain.connection.ConnectionId;
import dev.paybridge.domain.connection.ConnectionStatus;
import dev.paybridge.domain.tenant.Scope;
import jakarta.inject.Inject;
import java.util.Optional;

/** Reads and lists connections. */
public final class ConnectionQueries implements GetConnectionUseCase, ListConnectionsUseCase {
    private final ConnectionRepository connections;
    private final ConnectionViews views;

    @Inject
    public ConnectionQueries(ConnectionRepository connections, ConnectionViews views) {
        this.connections = connections;
        this.views = views;
    }

    @Override
    public Outcome<ConnectionView> getConnection(Scope scope, ConnectionId id) {
        return connections.find(scope, id).map(views::of).map(Outcome::done)
                .orElseGet(() -> Outcome.notFound("connection"));
    }

    @Override
    public Page<ConnectionView> listConnections(Scope scope, Optional<String> providerType, ConnectionStatus status,
            PageRequest page) {
        return connections.list(scope, providerType, status, page).map(views::of);
    }
}
