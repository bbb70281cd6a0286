package dev.paybridge.application.port.in.connection;

import dev.paybridge.application.outcome.Outcome;
import dev.paybridge.domain.connection.ConnectionId;
import dev.paybridge.domain.tenant.Scope;

/** Reads one connection of a tenant environment, archived or not. */
public interface GetConnectionUseCase {

    Outcome<ConnectionView> getConnection(Scope scope, ConnectionId id);
}
