package dev.paybridge.application.port.in.connection;

import dev.paybridge.application.outcome.Outcome;
import dev.paybridge.domain.connection.ConnectionId;
import dev.paybridge.domain.connection.ConnectionTest;
import dev.paybridge.domain.tenant.Scope;

/** Proves an active connection's credentials against its gateway, changing nothing there, and keeps the result. */
public interface TestConnectionUseCase {

    /** The test's result (a failed test is a result too); refused for an unknown or archived connection. */
    Outcome<ConnectionTest> testConnection(Scope scope, ConnectionId id);
}
