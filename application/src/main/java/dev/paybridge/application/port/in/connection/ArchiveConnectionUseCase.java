package dev.paybridge.application.port.in.connection;

import dev.paybridge.application.outcome.Outcome;
import dev.paybridge.domain.connection.ConnectionId;
import dev.paybridge.domain.tenant.Scope;

/** Archives a connection: it stays readable, its webhook URL stops accepting events, a new one may take its place. */
public interface ArchiveConnectionUseCase {

    Outcome<ConnectionView> archiveConnection(Scope scope, ConnectionId id);
}
