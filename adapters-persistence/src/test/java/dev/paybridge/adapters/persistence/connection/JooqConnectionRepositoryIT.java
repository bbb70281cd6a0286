package dev.paybridge.adapters.persistence.connection;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paybridge.adapters.persistence.jooq.JooqTransactions;
import dev.paybridge.adapters.persistence.jooq.PostgresDatabase;
import dev.paybridge.adapters.persistence.tenant.JooqTenantRepository;
import dev.paybridge.adapters.persistence.testing.MigratedDatabase;
import dev.paybridge.application.page.PageRequest;
import dev.paybridge.domain.connection.Connection;
import dev.paybridge.domain.connection.ConnectionId;
import dev.paybridge.domain.connection.ConnectionStatus;
import dev.paybridge.domain.connection.ConnectionTest;
import dev.paybridge.domain.connection.GatewayMode;
import dev.paybridge.domain.connection.SealedSecrets;
import dev.paybridge.domain.connection.SyncConfig;
import dev.paybridge.domain.connection.WebhookSetup;
import dev.paybridge.domain.tenant.Scope;
import dev.paybridge.domain.tenant.Tenant;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JooqConnectionRepositoryIT {
    private static PostgresDatabase database;
    private static JooqConnectionRepository connections;
    private static JooqTenantRepository tenants;
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    private Scope sandbox;
    private Scope production;
    private Scope otherTenant;

    @BeforeAll
    static void openDatabase() {
        database = MigratedDatabase.create();
        connections = new JooqConnectionRepository(database.dsl());
        tenants = new JooqTenantRepository(database.dsl());
    }

    @AfterAll
    static void closeDatabase() {
        database.close();
    }

    @BeforeEach
    void createTenants() {
        Tenant tenant = Tenant.create("Acme", now);
        Tenant other = Tenant.create("Other", now);
        tenants.insert(tenant);
        tenants.insert(other);
        sandbox = tenant.environments().get(0).scope();
        production = tenant.environments().get(1).scope();
        otherTenant = other.environments().get(0).scope();
    }

    @Test
    void stores_and_reads_back_every_field() {
        Connection stored = connection(sandbox, "moyasar");
        assertThat(connections.insert(stored)).isTrue();
        assertThat(connections.find(sandbox, stored.id())).contains(stored);
    }

    @Test
    void a_second_active_connection_of_one_provider_in_one_environment_is_refused_by_the_database() {
        assertThat(connections.insert(connection(sandbox, "moyasar"))).isTrue();
        assertThat(connections.insert(connection(sandbox, "moyasar"))).isFalse();
        assertThat(connections.insert(connection(production, "moyasar"))).as("another environment").isTrue();
        assertThat(connections.insert(connection(sandbox, "other"))).as("another provider").isTrue();
        assertThat(connections.list(sandbox, Optional.of("moyasar"), ConnectionStatus.ACTIVE, new PageRequest(10, 0))
                .total()).isEqualTo(1);
    }

    @Test
    void an_archived_connection_makes_room_for_a_new_one() {
        Connection first = connection(sandbox, "moyasar");
        connections.insert(first);
        connections.update(first.archived(now));
        assertThat(connections.insert(connection(sandbox, "moyasar"))).isTrue();
        assertThat(connections.list(sandbox, Optional.empty(), ConnectionStatus.ARCHIVED, new PageRequest(10, 0))
                .items()).extracting(Connection::id).containsExactly(first.id());
    }

    @Test
    void another_scope_never_sees_a_connection() {
        Connection stored = connection(sandbox, "moyasar");
        connections.insert(stored);
        assertThat(connections.find(production, stored.id())).isEmpty();
        assertThat(connections.find(otherTenant, stored.id())).isEmpty();
        assertThat(connections.list(otherTenant, Optional.empty(), ConnectionStatus.ACTIVE, new PageRequest(10, 0))
                .items()).isEmpty();
        connections.update(stored.renamed("hijacked", now).withMetadata(Map.of(), now));
        Connection foreignUpdate = new Connection(stored.id(), otherTenant, "hijacked", "moyasar",
                ConnectionStatus.ARCHIVED, GatewayMode.TEST, stored.secrets(), Map.of(), SyncConfig.DEFAULT, null,
                WebhookSetup.initial(WebhookSetup.Mode.MANUAL), now, now);
        connections.update(foreignUpdate);
        assertThat(connections.find(sandbox, stored.id())).get().extracting(Connection::status)
                .isEqualTo(ConnectionStatus.ACTIVE);
    }

    @Test
    void records_a_connection_test_without_touching_the_rest() {
        Connection stored = connection(sandbox, "moyasar");
        connections.insert(stored);
        ConnectionTest failed = ConnectionTest.failed("invalid_credentials", "Invalid authorization credentials", 42, now);
        connections.recordTest(sandbox, stored.id(), failed);
        connections.recordTest(otherTenant, stored.id(), ConnectionTest.passed(GatewayMode.LIVE, 1, now));
        Connection reread = connections.find(sandbox, stored.id()).orElseThrow();
        assertThat(reread.lastTest()).isEqualTo(failed);
        assertThat(reread.name()).isEqualTo(stored.name());
        connections.recordTest(sandbox, stored.id(), ConnectionTest.passed(GatewayMode.TEST, 7, now));
        assertThat(connections.find(sandbox, stored.id()).orElseThrow().lastTest().mode()).isEqualTo(GatewayMode.TEST);
    }

    @Test
    void lists_newest_first_with_limit_offset_and_total() {
        for (int i = 0; i < 5; i++) {
            connections.insert(connection(sandbox, "provider" + i, now.plusSeconds(i)));
        }
        var page = connections.list(sandbox, Optional.empty(), ConnectionStatus.ACTIVE, new PageRequest(2, 1));
        assertThat(page.total()).isEqualTo(5);
        assertThat(page.items()).extracting(Connection::providerType).containsExactly("provider3", "provider2");
    }

    @Test
    void find_for_update_takes_part_in_the_surrounding_transaction() {
        Connection stored = connection(sandbox, "moyasar");
        connections.insert(stored);
        JooqTransactions transactions = new JooqTransactions(database.dsl());
        try {
            transactions.inTransaction(() -> {
                connections.findForUpdate(sandbox, stored.id()).orElseThrow();
                connections.update(stored.renamed("renamed", now));
                throw new IllegalStateException("roll back");
            });
        } catch (IllegalStateException expected) {
            assertThat(expected).hasMessage("roll back");
        }
        assertThat(connections.find(sandbox, stored.id())).get().extracting(Connection::name).isEqualTo("Moyasar");
    }

    private Connection connection(Scope scope, String provider) {
        return connection(scope, provider, now);
    }

    private Connection connection(Scope scope, String provider, Instant createdAt) {
        return new Connection(ConnectionId.generate(), scope, "Moyasar", provider, ConnectionStatus.ACTIVE,
                GatewayMode.TEST, new SealedSecrets(new byte[] {1, 2, 3}), Map.of("success_url", "https://x.test/ok"),
                new SyncConfig(false, true), null, WebhookSetup.initial(WebhookSetup.Mode.MANUAL), createdAt, createdAt);
    }
}
