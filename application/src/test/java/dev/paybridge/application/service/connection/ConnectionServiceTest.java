package dev.paybridge.application.service.connection;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paybridge.application.outcome.Outcome;
import dev.paybridge.application.outcome.RefusalKind;
import dev.paybridge.application.port.in.connection.ConnectionView;
import dev.paybridge.application.port.in.connection.CreateConnectionCommand;
import dev.paybridge.application.port.in.connection.UpdateConnectionCommand;
import dev.paybridge.application.port.in.webhook.WebhookReceipt;
import dev.paybridge.application.port.out.crypto.SecretBinding;
import dev.paybridge.domain.connection.Connection;
import dev.paybridge.domain.connection.ConnectionId;
import dev.paybridge.domain.connection.ConnectionStatus;
import dev.paybridge.domain.connection.GatewayMode;
import dev.paybridge.domain.connection.SyncConfig;
import dev.paybridge.domain.tenant.Scope;
import dev.paybridge.testing.app.Scenario;
import dev.paybridge.testing.app.TestApplication;
import dev.paybridge.testing.gateway.FakeGatewayProvider;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Creating, updating, rotating and archiving connections. */
class ConnectionServiceTest {
    private final TestApplication app = new TestApplication();
    private final Scenario given = new Scenario(app);
    private final Scope scope = given.tenant();

    @Test
    void a_new_connection_shows_masked_previews_and_keeps_its_secrets_sealed_to_itself() {
        ConnectionView view = Scenario.done(create(Scenario.credentials()));

        assertThat(view.maskedSecrets()).containsExactly(Map.entry("api_key", "fk_test_****1234"),
                Map.entry("webhook_secret", "********"));
        Connection stored = app.db.connections.find(scope, view.connection().id()).orElseThrow();
        assertThat(app.cipher.open(stored.secrets(), new SecretBinding(scope, stored.id())).asMap())
                .isEqualTo(Scenario.credentials());
        assertThat(stored.mode()).isEqualTo(GatewayMode.TEST);
    }

    @Test
    void unknown_missing_and_malformed_credentials_are_refused_field_by_field() {
        Outcome<ConnectionView> refused = create(Map.of("api_key", "sk_test_nope", "colour", "blue"));

        assertThat(refused.violations()).containsOnlyKeys("credentials.api_key", "credentials.webhook_secret",
                "credentials.colour");
        assertThat(Scenario.refusedAs(app.createConnection.createConnection(new CreateConnectionCommand(scope, "X",
                "stripe", Map.of(), Map.of(), null, null)))).isEqualTo(RefusalKind.VALIDATION_ERROR);
    }

    @Test
    void a_second_active_connection_of_a_provider_is_refused_until_the_first_is_archived() {
        Connection first = given.connect(scope);

        assertThat(Scenario.refusedAs(create(Scenario.credentials()))).isEqualTo(RefusalKind.ALREADY_EXISTS);
        Scenario.done(app.archiveConnection.archiveConnection(scope, first.id()));

        assertThat(Scenario.done(create(Scenario.credentials())).connection().status())
                .isEqualTo(ConnectionStatus.ACTIVE);
    }

    @Test
    void a_rotation_replaces_only_the_fields_given_and_the_mode_follows_the_key() {
        Connection connection = given.connect(scope);

        ConnectionView rotated = Scenario.done(app.updateConnection.updateConnection(update(connection.id(),
                Map.of("api_key", "fk_live_zyxwvuts9876"))));

        assertThat(rotated.connection().mode()).isEqualTo(GatewayMode.LIVE);
        assertThat(rotated.maskedSecrets()).containsEntry("api_key", "fk_live_****9876");
        Connection stored = app.db.connections.find(scope, connection.id()).orElseThrow();
        assertThat(app.cipher.open(stored.secrets(), new SecretBinding(scope, stored.id())).value("webhook_secret"))
                .contains(Scenario.WEBHOOK_SECRET);
    }

    @Test
    void after_a_rotated_webhook_secret_only_the_new_secret_is_authentic() {
        Connection connection = given.connect(scope);
        given.deliver(scope, given.webhooks().other("ping"));

        Scenario.done(app.updateConnection.updateConnection(update(connection.id(),
                Map.of("webhook_secret", "whsec-rotated"))));

        assertThat(given.deliver(scope, given.webhooks().other("ping"))).isEqualTo(new WebhookReceipt.Unauthenticated());
        assertThat(given.deliver(scope, given.webhooks().signedWith("whsec-rotated").other("ping")))
                .isEqualTo(new WebhookReceipt.Stored(false));
    }

    @Test
    void a_refused_rotation_changes_nothing() {
        Connection connection = given.connect(scope);

        Outcome<ConnectionView> refused = app.updateConnection.updateConnection(new UpdateConnectionCommand(scope,
                connection.id(), Optional.of("Renamed"), Optional.empty(), Optional.empty(),
                Map.of("api_key", "bad")));

        assertThat(refused.violations()).containsOnlyKeys("credentials.api_key");
        assertThat(app.db.connections.find(scope, connection.id())).contains(connection);
    }

    @Test
    void an_update_renames_and_reconfigures() {
        Connection connection = given.connect(scope);

        ConnectionView updated = Scenario.done(app.updateConnection.updateConnection(new UpdateConnectionCommand(scope,
                connection.id(), Optional.of("Renamed"), Optional.of(Map.of("back_url", "https://x.test")),
                Optional.of(new SyncConfig(true, false)), Map.of())));

        assertThat(updated.connection()).extracting(Connection::name, Connection::metadata, Connection::syncConfig)
                .containsExactly("Renamed", Map.of("back_url", "https://x.test"), new SyncConfig(true, false));
        assertThat(app.db.connections.find(scope, connection.id())).contains(updated.connection());
    }

    @Test
    void an_archived_connection_is_kept_readable_and_can_no_longer_be_changed_or_tested() {
        Connection connection = given.connect(scope);

        Scenario.done(app.archiveConnection.archiveConnection(scope, connection.id()));
        Scenario.done(app.archiveConnection.archiveConnection(scope, connection.id()));

        assertThat(given.connectionView(scope, connection).connection().status()).isEqualTo(ConnectionStatus.ARCHIVED);
        assertThat(Scenario.refusedAs(app.updateConnection.updateConnection(update(connection.id(), Map.of()))))
                .isEqualTo(RefusalKind.INVALID_STATE);
        assertThat(Scenario.refusedAs(app.testConnection.testConnection(scope, connection.id())))
                .isEqualTo(RefusalKind.INVALID_STATE);
    }

    @Test
    void a_connection_of_another_environment_is_not_found() {
        Connection connection = given.connect(scope);
        Scope other = given.tenant();

        assertThat(Scenario.refusedAs(app.getConnection.getConnection(other, connection.id())))
                .isEqualTo(RefusalKind.NOT_FOUND);
        assertThat(Scenario.refusedAs(app.archiveConnection.archiveConnection(other, connection.id())))
                .isEqualTo(RefusalKind.NOT_FOUND);
        assertThat(Scenario.refusedAs(app.archiveConnection.archiveConnection(scope, ConnectionId.generate())))
                .isEqualTo(RefusalKind.NOT_FOUND);
    }

    private Outcome<ConnectionView> create(Map<String, String> credentials) {
        return app.createConnection.createConnection(new CreateConnectionCommand(scope, "FakePay",
                FakeGatewayProvider.TYPE, credentials, Map.of(), null, null));
    }

    private UpdateConnectionCommand update(ConnectionId id, Map<String, String> credentials) {
        return new UpdateConnectionCommand(scope, id, Optional.empty(), Optional.empty(), Optional.empty(),
                credentials);
    }
}
