package dev.paybridge.application.port.in.connection;

import dev.paybridge.domain.connection.ConnectionId;
import dev.paybridge.domain.connection.ConnectionTest;
import dev.paybridge.domain.tenant.Scope;

/** Proves an active connection's credentials against its gateway, changing nothing there, and keeps the result. */
public interface TestConnectionUseCase {

    ConnectionTest testConnection(Scope scope, ConnectionId id);
}
