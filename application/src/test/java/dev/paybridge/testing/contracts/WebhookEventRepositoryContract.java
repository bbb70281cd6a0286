package dev.paybridge.testing.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paybridge.application.page.Page;
import dev.paybridge.application.page.PageRequest;
import dev.paybridge.application.port.out.persistence.VerifierChangedException;
import dev.paybridge.application.port.out.persistence.WebhookVerifier;
import dev.paybridge.domain.connection.Connection;
import dev.paybridge.domain.connection.SealedSecrets;
import dev.paybridge.domain.tenant.Scope;
import dev.paybridge.domain.webhook.WebhookEvent;
import dev.paybridge.domain.webhook.WebhookEventId;
import dev.paybridge.domain.webhook.WebhookEventStatus;
import dev.paybridge.testing.mothers.Connections;
import dev.paybridge.testing.mothers.Events;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What every {@code WebhookEventRepository} does. */
public abstract class WebhookEventRepositoryContract extends PersistenceContract {
    private static final int BUDGET = 1024 * 1024;

    @Test
    void stores_an_event_and_finds_it_by_id_and_by_gateway_event_id() {
        Scope scope = newScope();
        WebhookEvent event = Events.processed(scope, "evt_1", now);
        assertThat(ports().events().insert(event)).isTrue();
        assertThat(ports().events().find(scope, event.id())).contains(event);
        assertThat(ports().events().findByGatewayEventId(scope, "fakepay", "evt_1")).contains(event);
        assertThat(ports().events().findByGatewayEventId(scope, "other", "evt_1")).isEmpty();
    }

    @Test
    void a_gateway_event_is_stored_once_per_environment_and_provider() {
        Scope scope = newScope();
        ports().events().insert(Events.processed(scope, "evt_1", now));
        WebhookEvent again = Events.processed(scope, "evt_1", now.plusSeconds(1));
        assertThat(ports().events().insert(again)).isFalse();
        assertThat(ports().events().find(scope, again.id())).isEmpty();
        assertThat(ports().events().insert(Events.processed(newScope(), "evt_1", now))).as("other environment").isTrue();
        WebhookEvent otherProvider = new WebhookEvent(WebhookEventId.generate(), scope, "other", "evt_1", "paid",
                WebhookEventStatus.PROCESSED, null, "{}", now, now);
        assertThat(ports().events().insert(otherProvider)).as("other provider").isTrue();
    }

    @Test
    void stores_a_verified_event_while_its_verifier_is_unchanged_and_nothing_once_it_changed() {
        Scope scope = newScope();
        Connection connection = Connections.active(scope, "fakepay", now);
        ports().connections().insert(connection);
        WebhookEvent first = Events.processed(scope, "evt_v1", now);
        assertThat(ports().transactions().inTransaction(() -> ports().events().insert(first,
                WebhookVerifier.of(connection)))).isTrue();
        assertThat(ports().events().find(scope, first.id())).contains(first);
        WebhookEvent again = Events.processed(scope, "evt_v1", now.plusSeconds(1));
        assertThat(ports().transactions().inTransaction(() -> ports().events().insert(again,
                WebhookVerifier.of(connection)))).as("a second delivery").isFalse();

        Connection rotated = connection.withSecrets(new SealedSecrets(new byte[] {7, 7, 7}), connection.mode(),
                now.plusSeconds(2));
        ports().connections().update(rotated);
        for (WebhookVerifier stale : List.of(WebhookVerifier.of(connection),
                new WebhookVerifier(newScope(), connection.id(), rotated.secrets()))) {
            WebhookEvent refused = Events.processed(scope, "evt_v2", now.plusSeconds(3));
            assertThatThrownBy(() -> ports().transactions().inTransaction(() -> ports().events().insert(refused,
                    stale))).isInstanceOf(VerifierChangedException.class);
            assertThat(ports().events().findByGatewayEventId(scope, "fakepay", "evt_v2")).isEmpty();
        }

        ports().connections().update(rotated.archived(now.plusSeconds(4)));
        WebhookEvent afterArchive = Events.processed(scope, "evt_v3", now.plusSeconds(5));
        assertThatThrownBy(() -> ports().transactions().inTransaction(() -> ports().events().insert(afterArchive,
                WebhookVerifier.of(rotated)))).isInstanceOf(VerifierChangedException.class);
        assertThat(ports().events().findByGatewayEventId(scope, "fakepay", "evt_v3")).isEmpty();
    }

    @Test
    void records_the_outcome_of_applying_an_event() {
        Scope scope = newScope();
        WebhookEvent event = Events.processed(scope, "evt_1", now);
        ports().events().insert(event);
        ports().events().recordOutcome(scope, event.id(), WebhookEventStatus.NEEDS_REVIEW, "r".repeat(1500),
                now.plusSeconds(3));
        WebhookEvent stored = ports().events().find(scope, event.id()).orElseThrow();
        assertThat(stored.status()).isEqualTo(WebhookEventStatus.NEEDS_REVIEW);
        assertThat(stored.reviewReason()).hasSize(1000).endsWith("…");
        assertThat(stored.processedAt()).isEqualTo(now.plusSeconds(3));
        assertThat(stored.payload()).isEqualTo(event.payload());
    }

    @Test
    void another_environment_never_sees_or_changes_an_event() {
        Scope scope = newScope();
        Scope other = newScope();
        WebhookEvent event = Events.processed(scope, "evt_1", now);
        ports().events().insert(event);
        assertThat(ports().events().find(other, event.id())).isEmpty();
        assertThat(ports().events().findByGatewayEventId(other, "fakepay", "evt_1")).isEmpty();
        ports().events().recordOutcome(other, event.id(), WebhookEventStatus.FAILED, "no", now);
        assertThat(ports().events().find(scope, event.id())).contains(event);
        assertThat(ports().events().list(other, Optional.empty(), new PageRequest(10, 0), BUDGET).total()).isZero();
    }

    @Test
    void lists_newest_first_by_status_with_limit_offset_and_total() {
        Scope scope = newScope();
        for (int i = 0; i < 5; i++) {
            WebhookEvent event = Events.processed(scope, "evt_" + i, now.plusSeconds(i));
            ports().events().insert(event);
            if (i % 2 == 1) {
                ports().events().recordOutcome(scope, event.id(), WebhookEventStatus.IGNORED, null, now);
            }
        }
        Page<WebhookEvent> page = ports().events().list(scope, Optional.empty(), new PageRequest(2, 1), BUDGET);
        assertThat(page.total()).isEqualTo(5);
        assertThat(page.items()).extracting(WebhookEvent::gatewayEventId).containsExactly("evt_3", "evt_2");
        assertThat(ports().events().list(scope, Optional.of(WebhookEventStatus.IGNORED), new PageRequest(10, 0), BUDGET)
                .items()).extracting(WebhookEvent::gatewayEventId).containsExactly("evt_3", "evt_1");
    }

    @Test
    void events_received_at_the_same_time_list_by_id_descending() {
        Scope scope = newScope();
        WebhookEvent first = Events.processed(scope, "evt_a", now);
        WebhookEvent second = Events.processed(scope, "evt_b", now);
        ports().events().insert(first);
        ports().events().insert(second);
        WebhookEvent higher = first.id().value().compareTo(second.id().value()) > 0 ? first : second;
        assertThat(ports().events().list(scope, Optional.empty(), new PageRequest(1, 0), BUDGET).items())
                .containsExactly(higher);
    }

    @Test
    void a_page_carries_its_events_until_their_payloads_reach_the_budget_and_always_the_first() {
        Scope scope = newScope();
        String kilobyte = "{\"pad\":\"" + "x".repeat(1000) + "\"}";
        for (int i = 0; i < 4; i++) {
            ports().events().insert(Events.processed(scope, "evt_big_" + i, now.plusSeconds(i), kilobyte));
        }
        Page<WebhookEvent> page = ports().events().list(scope, Optional.empty(), new PageRequest(10, 0), 2500);
        assertThat(page.items()).extracting(WebhookEvent::gatewayEventId)
                .containsExactly("evt_big_3", "evt_big_2", "evt_big_1");
        assertThat(page.total()).isEqualTo(4);
        assertThat(ports().events().list(scope, Optional.empty(), new PageRequest(10, 0), 1).items()).hasSize(1);
        assertThat(ports().events().list(scope, Optional.empty(), new PageRequest(10, 3), 1).items())
                .extracting(WebhookEvent::gatewayEventId).containsExactly("evt_big_0");
    }

    @Test
    void deletes_settled_events_received_before_a_time_and_keeps_the_rest() {
        Scope scope = newScope();
        WebhookEvent oldProcessed = Events.processed(scope, "evt_old_p", now);
        WebhookEvent oldFlagged = Events.processed(scope, "evt_old_f", now.plusSeconds(1));
        WebhookEvent recent = Events.processed(scope, "evt_new", now.plusSeconds(100));
        List.of(oldProcessed, oldFlagged, recent).forEach(ports().events()::insert);
        ports().events().recordOutcome(scope, oldFlagged.id(), WebhookEventStatus.NEEDS_REVIEW, "look", now);

        assertThat(ports().events().deleteSettledBefore(now.plusSeconds(50), 10)).isEqualTo(1);

        assertThat(ports().events().find(scope, oldProcessed.id())).isEmpty();
        assertThat(ports().events().find(scope, oldFlagged.id())).isPresent();
        assertThat(ports().events().find(scope, recent.id())).isPresent();
    }
}
