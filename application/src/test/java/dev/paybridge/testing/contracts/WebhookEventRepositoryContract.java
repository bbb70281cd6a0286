package dev.paybridge.testing.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paybridge.application.page.Page;
import dev.paybridge.application.page.PageRequest;
import dev.paybridge.domain.tenant.Scope;
import dev.paybridge.domain.webhook.WebhookEvent;
import dev.paybridge.domain.webhook.WebhookEventId;
import dev.paybridge.domain.webhook.WebhookEventStatus;
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
