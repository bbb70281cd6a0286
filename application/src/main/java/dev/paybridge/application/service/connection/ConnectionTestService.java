package dev.paybridge.application.service.connection;

import dev.paybridge.application.gateway.GatewayConnections;
import dev.paybridge.application.port.in.connection.TestConnectionUseCase;
import dev.paybridge.application.port.out.persistence.ConnectionRepository;
import dev.paybridge.application.problem.Refusal;
import dev.paybridge.application.problem.RequestRefusedException;
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
    public ConnectionTest testConnection(Scope scope, ConnectionId id) {
        Connection connection = connections.find(scope, id)
                .orElseThrow(() -> RequestRefusedException.notFound("connection"));
        if (!connection.isActive()) {
            throw new RequestRefusedException(Refusal.INVALID_STATE, "an archived connection cannot be tested");
        }
        Instant started = clock.instant();
        GatewayResult<ConnectionCheck> result = gateways.open(connection).testConnection();
        Instant finished = clock.instant();
        long latencyMs = Duration.between(started, finished).toMillis();
        ConnectionTest test = outcome(result, latencyMs, finished);
        connections.recordTest(scope, id, test);
        return test;
    }

    private static ConnectionTest outcome(GatewayResult<ConnectionCheck> result, long latencyMs, Instant at) {
        if (result instanceof GatewayResult.Succeeded<ConnectionCheck> succeeded) {
            return ConnectionTest.passed(succeeded.value().mode(), latencyMs, at);
        }
        if (result instanceof GatewayResult.Refused<ConnectionCheck> refused) {
            String code = switch (refused.reason()) {
                case INVALID_CREDENTIALS -> "invalid_credentials";
                case INSUFFICIENT_PERMISSIONS, ACCOUNT_INACTIVE -> "insufficient_permissions";
                default -> "gateway_unavailable";
            };
            return ConnectionTest.failed(code, refused.message(), latencyMs, at);
        }
        GatewayResult.Unknown<ConnectionCheck> unknown = (GatewayResult.Unknown<ConnectionCheck>) result;
        return ConnectionTest.failed("gateway_unavailable", unknown.cause(), latencyMs, at);
    }
}
