package dev.paybridge.application.service.connection;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paybridge.application.spi.GatewayResult.RefusalReason;
import dev.paybridge.domain.connection.Connection;
import dev.paybridge.domain.connection.ConnectionTest;
import dev.paybridge.domain.connection.GatewayMode;
import dev.paybridge.domain.tenant.Scope;
import dev.paybridge.testing.app.Scenario;
import dev.paybridge.testing.app.TestApplication;
import dev.paybridge.testing.gateway.GatewayOperation;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Testing a connection against its gateway: the result, its latency, and that it is kept as the last test. */
class ConnectionTestServiceTest {
    private final TestApplication app = new TestApplication();
    private final Scenario given = new Scenario(app);
    private final Scope scope = given.tenant();
    private final Connection connection = given.connect(scope);

    @Test
    void a_passed_test_reports_the_mode_and_is_kept() {
        ConnectionTest test = Scenario.done(app.testConnection.testConnection(scope, connection.id()));

        assertThat(test).extracting(ConnectionTest::ok, ConnectionTest::mode).containsExactly(true, GatewayMode.TEST);
        assertThat(app.db.connections.find(scope, connection.id()).orElseThrow().lastTest()).isEqualTo(test);
    }

    @Test
    void refused_credentials_and_an_unknown_outcome_fail_with_their_codes() {
        app.gateway.onNext(GatewayOperation.TEST_CONNECTION).refused(RefusalReason.INVALID_CREDENTIALS, "bad key");
        app.gateway.onNext(GatewayOperation.TEST_CONNECTION).unknown();

        ConnectionTest refused = Scenario.done(app.testConnection.testConnection(scope, connection.id()));
        ConnectionTest unknown = Scenario.done(app.testConnection.testConnection(scope, connection.id()));

        assertThat(refused).extracting(ConnectionTest::ok, ConnectionTest::errorCode, ConnectionTest::errorMessage)
                .containsExactly(false, "invalid_credentials", "bad key");
        assertThat(unknown.errorCode()).isEqualTo("gateway_unavailable");
    }

    @Test
    void a_call_that_finds_no_slot_is_not_made_and_the_test_fails_as_unavailable() {
        app.callSlots.takeAll();

        ConnectionTest test = Scenario.done(app.testConnection.testConnection(scope, connection.id()));

        assertThat(test.errorCode()).isEqualTo("gateway_unavailable");
        assertThat(app.gateway.operations()).doesNotContain(GatewayOperation.TEST_CONNECTION);
    }

    @Test
    void a_slow_gateway_shows_in_the_latency() {
        app.gateway.nextCall().slow(Duration.ofMillis(1500));

        assertThat(Scenario.done(app.testConnection.testConnection(scope, connection.id())).latencyMs())
                .isEqualTo(1500);
    }
}
