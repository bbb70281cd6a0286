package dev.paybridge.application.service.connection;

import dev.paybridge.application.gateway.GatewayConnections;
import dev.paybridge.application.outcome.Outcome;
import dev.paybridge.application.outcome.RefusalKind;
import dev.paybridge.application.port.in.connection.TestConnectionUseCase;
import dev.paybridge.application.port.out.persistence.ConnectionRepository;
import dev.paybridge.application.spi.ConnectionCheck;
import dev.paybridge.application.spi.GatewayResult;
import dev.paybridge.domain.connection.Connection;
import dev.paybridge.domain.connection.ConnectionId;
import dev.paybridge.domain.connection.ConnectionTest;
import dev.paybridge.domain.tenant.Scope;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Tests a connection with a read-only gateway call and records the outcome as its {@code last_test}. */
public final class ConnectionTestService implements TestConnectionUseCase {
    private final ConnectionRepository connections;
    private final GatewayConnections gateways;
    private final Clock clock;

    @Inject
    public ConnectionTestService(ConnectionRepository connections, GatewayConnections gateways, Clock clock) {
        this.connections = connections;
        this.gateways = gateways;
        this.clock = clock;
    }

    @Override
    public Outcome<ConnectionTest> testConnection(Scope scope, ConnectionId id) {
        Optional<Connection> connection = connections.find(scope, id);
        if (connection.isEmpty()) {
            return Outcome.notFound("connection");
        }
        if (!connection.get().isActive()) {
            return Outcome.refused(RefusalKind.INVALID_STATE, "an archived connection cannot be tested");
        }
        Instant started = clock.instant();
        GatewayResult<ConnectionCheck> result = gateways.open(connection.get()).testConnection();
        Instant finished = clock.instant();
        ConnectionTest test = outcome(result, Duration.between(started, finished).toMillis(), finished);
        connections.recordTest(scope, id, test);
        return Outcome.done(test);
    }

    private static ConnectionTest outcome(GatewayResult<ConnectionCheck> result, long latencyMs, Instant at) {
        return result.fold(
                check -> ConnectionTest.passed(check.mode(), latencyMs, at),
                refused -> ConnectionTest.failed(switch (refused.reason()) {
                    case INVALID_CREDENTIALS -> "invalid_credentials";
                    case INSUFFICIENT_PERMISSIONS, ACCOUNT_INACTIVE -> "insufficient_permissions";
                    default -> "gateway_unavailable";
                }, refused.message(), latencyMs, at),
                unknown -> ConnectionTest.failed("gateway_unavailable", unknown.cause(), latencyMs, at));
    }
}
