package dev.paybridge.testing.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paybridge.application.page.Page;
import dev.paybridge.application.page.PageRequest;
import dev.paybridge.domain.connection.Connection;
import dev.paybridge.domain.connection.ConnectionStatus;
import dev.paybridge.domain.connection.ConnectionTest;
import dev.paybridge.domain.connection.GatewayMode;
import dev.paybridge.domain.connection.SyncConfig;
import dev.paybridge.domain.connection.WebhookSetup;
import dev.paybridge.domain.tenant.EnvironmentId;
import dev.paybridge.domain.tenant.Scope;
import dev.paybridge.domain.tenant.Tenant;
import dev.paybridge.domain.tenant.TenantId;
import dev.paybridge.testing.mothers.Connections;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What every {@code ConnectionRepository} does. */
public abstract class ConnectionRepositoryContract extends PersistenceContract {
    private static final PageRequest FIRST_TEN = new PageRequest(10, 0);

    @Test
    void stores_and_reads_back_every_field() {
        Scope scope = newScope();
        Connection stored = Connections.active(scope, "fakepay", now);
        assertThat(ports().connections().insert(stored)).isTrue();
        assertThat(ports().connections().find(scope, stored.id())).contains(stored);
        assertThat(ports().connections().findForUpdate(scope, stored.id())).contains(stored);
    }

    @Test
    void a_second_active_connection_of_one_provider_in_one_environment_is_refused() {
        Tenant tenant = newTenant();
        Scope sandbox = tenant.environments().get(0).scope();
        Scope production = tenant.environments().get(1).scope();
        assertThat(ports().connections().insert(Connections.active(sandbox, "fakepay", now))).isTrue();
        Connection second = Connections.active(sandbox, "fakepay", now);
        assertThat(ports().connections().insert(second)).isFalse();
        assertThat(ports().connections().find(sandbox, second.id())).isEmpty();
        assertThat(ports().connections().insert(Connections.active(production, "fakepay", now))).as("other environment")
                .isTrue();
        assertThat(ports().connections().insert(Connections.active(sandbox, "other", now))).as("other provider")
                .isTrue();
    }

    @Test
    void an_archived_connection_makes_room_for_a_new_one() {
        Scope scope = newScope();
        Connection first = Connections.active(scope, "fakepay", now);
        ports().connections().insert(first);
        ports().connections().update(first.archived(now.plusSeconds(1)));
        assertThat(ports().connections().insert(Connections.active(scope, "fakepay", now))).isTrue();
        assertThat(ports().connections().list(scope, Optional.empty(), ConnectionStatus.ARCHIVED, FIRST_TEN).items())
                .containsExactly(first.archived(now.plusSeconds(1)));
    }

    @Test
    void a_connection_belongs_to_an_existing_environment() {
        Connection orphan = Connections.active(new Scope(TenantId.generate(), EnvironmentId.generate()), "fakepay", now);
        assertThatThrownBy(() -> ports().connections().insert(orphan)).isInstanceOf(RuntimeException.class);
    }

    @Test
    void another_environment_never_sees_or_changes_a_connection() {
        Tenant tenant = newTenant();
        Scope sandbox = tenant.environments().get(0).scope();
        Scope production = tenant.environments().get(1).scope();
        Scope otherTenant = newScope();
        Connection stored = Connections.active(sandbox, "fakepay", now);
        ports().connections().insert(stored);
        assertThat(ports().connections().find(production, stored.id())).isEmpty();
        assertThat(ports().connections().find(otherTenant, stored.id())).isEmpty();
        assertThat(ports().connections().findActive(otherTenant)).isEmpty();
        assertThat(ports().connections().list(otherTenant, Optional.empty(), ConnectionStatus.ACTIVE, FIRST_TEN)
                .total()).isZero();
        Connection foreign = new Connection(stored.id(), otherTenant, "hijacked", "fakepay", ConnectionStatus.ARCHIVED,
                GatewayMode.LIVE, stored.secrets(), Map.of(), SyncConfig.DEFAULT, null,
                WebhookSetup.initial(WebhookSetup.Mode.AUTOMATIC), now, now);
        ports().connections().update(foreign);
        ports().connections().recordTest(otherTenant, stored.id(), ConnectionTest.passed(GatewayMode.LIVE, 1, now));
        ports().connections().updateWebhook(otherTenant, stored.id(), stored.webhook().failed("hijacked"));
        assertThat(ports().connections().find(sandbox, stored.id())).contains(stored);
    }

    @Test
    void records_a_connection_test_without_touching_the_rest() {
        Scope scope = newScope();
        Connection stored = Connections.active(scope, "fakepay", now);
        ports().connections().insert(stored);
        ConnectionTest failed = ConnectionTest.failed("invalid_credentials", "Invalid credentials", 42, now);
        ports().connections().recordTest(scope, stored.id(), failed);
        Connection reread = ports().connections().find(scope, stored.id()).orElseThrow();
        assertThat(reread.lastTest()).isEqualTo(failed);
        assertThat(reread.name()).isEqualTo(stored.name());
        assertThat(reread.updatedAt()).isEqualTo(stored.updatedAt());
        ConnectionTest passed = ConnectionTest.passed(GatewayMode.TEST, 7, now.plusSeconds(1));
        ports().connections().recordTest(scope, stored.id(), passed);
        assertThat(ports().connections().find(scope, stored.id()).orElseThrow().lastTest()).isEqualTo(passed);
    }

    @Test
    void an_update_replaces_name_metadata_sync_and_secrets() {
        Scope scope = newScope();
        Connection stored = Connections.active(scope, "fakepay", now);
        ports().connections().insert(stored);
        Connection changed = stored.renamed("Renamed", now.plusSeconds(1))
                .withMetadata(Map.of("back_url", "https://x.test/back"), now.plusSeconds(1))
                .withSyncConfig(new SyncConfig(true, false), now.plusSeconds(1));
        ports().connections().update(changed);
        assertThat(ports().connections().find(scope, stored.id())).contains(changed);
    }

    @Test
    void lists_newest_first_with_limit_offset_and_total() {
        Scope scope = newScope();
        for (int i = 0; i < 5; i++) {
            ports().connections().insert(Connections.active(scope, "provider" + i, now.plusSeconds(i)));
        }
        Page<Connection> page = ports().connections().list(scope, Optional.empty(), ConnectionStatus.ACTIVE,
                new PageRequest(2, 1));
        assertThat(page.total()).isEqualTo(5);
        assertThat(page.items()).extracting(Connection::providerType).containsExactly("provider3", "provider2");
        assertThat(ports().connections().list(scope, Optional.of("provider4"), ConnectionStatus.ACTIVE, FIRST_TEN)
                .items()).extracting(Connection::providerType).containsExactly("provider4");
    }

    @Test
    void connections_made_at_the_same_time_list_by_id_descending() {
        Scope scope = newScope();
        Connection first = Connections.active(scope, "a", now);
        Connection second = Connections.active(scope, "b", now);
        ports().connections().insert(first);
        ports().connections().insert(second);
        String higher = first.id().value().compareTo(second.id().value()) > 0 ? "a" : "b";
        assertThat(ports().connections().list(scope, Optional.empty(), ConnectionStatus.ACTIVE, FIRST_TEN).items()
                .get(0).providerType()).isEqualTo(higher);
    }

    @Test
    void finds_the_active_connections_oldest_first() {
        Scope scope = newScope();
        Connection older = Connections.active(scope, "a", now);
        Connection newer = Connections.active(scope, "b", now.plusSeconds(1));
        Connection archived = Connections.active(scope, "c", now);
        ports().connections().insert(newer);
        ports().connections().insert(older);
        ports().connections().insert(archived);
        ports().connections().update(archived.archived(now));
        assertThat(ports().connections().findActive(scope)).containsExactly(older, newer);
    }

    @Test
    void finds_the_active_connection_of_one_provider_exactly_as_stored() {
        Scope scope = newScope();
        Connection a = Connections.active(scope, "a", now);
        Connection archived = Connections.active(scope, "b", now);
        ports().connections().insert(a);
        ports().connections().insert(archived);
        ports().connections().update(archived.archived(now));
        // every column holds a value of its own, so a column read in another's place shows
        ports().connections().recordTest(scope, a.id(), ConnectionTest.failed("invalid_credentials", "refused",
                17, now.plusSeconds(2)));
        ports().connections().updateWebhook(scope, a.id(), WebhookSetup.initial(WebhookSetup.Mode.AUTOMATIC)
                .registered("wh_9", List.of("payment_paid"), true, now.plusSeconds(3)).eventAt(now.plusSeconds(4))
                .failed("gone"));

        Connection stored = ports().connections().find(scope, a.id()).orElseThrow();
        assertThat(stored.lastTest()).isNotNull();
        assertThat(stored.webhook().gatewayWebhookId()).isEqualTo("wh_9");
        assertThat(ports().connections().findActive(scope, "a")).contains(stored);
        assertThat(ports().connections().findActive(scope, "b")).isEmpty();
        assertThat(ports().connections().findActive(scope, "c")).isEmpty();
        assertThat(ports().connections().findActive(newScope(), "a")).isEmpty();
    }

    @Test
    void keeps_the_webhook_set_up_and_state_without_touching_the_rest() {
        Scope scope = newScope();
        Connection stored = Connections.active(scope, "fakepay", now);
        ports().connections().insert(stored);
        WebhookSetup registered = WebhookSetup.initial(WebhookSetup.Mode.AUTOMATIC)
                .registered("wh_1", List.of("payment_paid", "payment_failed"), true, now.plusSeconds(1));

        ports().connections().updateWebhook(scope, stored.id(), registered);

        Connection found = ports().connections().find(scope, stored.id()).orElseThrow();
        assertThat(found.webhook()).isEqualTo(registered);
        assertThat(found.withWebhook(stored.webhook())).isEqualTo(stored);
        ports().connections().updateWebhook(scope, stored.id(), registered.failed("e".repeat(2000)));
        assertThat(ports().connections().find(scope, stored.id()).orElseThrow().webhook().lastError())
                .as("fitted to its column").hasSize(1000).endsWith("…");
    }

    @Test
    void notes_the_latest_event_at_most_once_per_coarseness() {
        Scope scope = newScope();
        Connection stored = Connections.active(scope, "fakepay", now);
        ports().connections().insert(stored);
        Duration minute = Duration.ofMinutes(1);

        ports().connections().noteEvent(scope, stored.id(), now, minute);
        ports().connections().noteEvent(scope, stored.id(), now.plusSeconds(30), minute);
        assertThat(ports().connections().find(scope, stored.id()).orElseThrow().webhook().lastEventAt()).isEqualTo(now);
        ports().connections().noteEvent(scope, stored.id(), now.plusSeconds(61), minute);
        assertThat(ports().connections().find(scope, stored.id()).orElseThrow().webhook().lastEventAt())
                .isEqualTo(now.plusSeconds(61));
    }
}
