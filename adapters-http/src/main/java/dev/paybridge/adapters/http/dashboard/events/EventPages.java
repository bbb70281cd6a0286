package dev.paybridge.adapters.http.dashboard.events;

import dev.paybridge.adapters.http.dashboard.session.Flash;
import dev.paybridge.adapters.http.dashboard.web.DashboardRouter;
import dev.paybridge.adapters.http.dashboard.web.Visit;
import dev.paybridge.application.page.PageRequest;
import dev.paybridge.application.port.in.webhook.WebhookEventsUseCase;
import dev.paybridge.domain.webhook.WebhookEventId;
import dev.paybridge.domain.webhook.WebhookEventStatus;
import java.util.Arrays;
import java.util.Optional;

/** Webhook events: the list with a status filter, each payload and review reason, and an idempotent replay. */
public final class EventPages {
    private final WebhookEventsUseCase events;

    public EventPages(WebhookEventsUseCase events) {
        this.events = events;
    }

    public void register(DashboardRouter router) {
        router.page("/dashboard/events", this::list);
        router.action("/dashboard/events/{id}/replay", this::replay);
    }

    private void list(Visit visit) {
        Optional<WebhookEventStatus> status = visit.query("status").flatMap(text -> Arrays.stream(
                WebhookEventStatus.values()).filter(s -> s.wireName().equals(text)).findFirst());
        int offset = visit.query("offset").map(EventPages::offset).orElse(0);
        var page = events.listEvents(visit.scope(), status, new PageRequest(PageRequest.DEFAULT_LIMIT, offset));
        visit.page("events", "events", new EventList(page, status.map(WebhookEventStatus::wireName).orElse("")));
    }

    private void replay(Visit visit) {
        Optional<WebhookEventId> id = WebhookEventId.parse(visit.ctx().pathParam("id"));
        if (id.isEmpty()) {
            visit.notFound();
            return;
        }
        events.replayEvent(visit.scope(), id.get()).fold(
                event -> {
                    visit.redirect("/dashboard/events", Flash.success("notice.replayed", event.type(),
                            event.status().wireName()));
                    return event;
                },
                refusal -> {
                    visit.refused(refusal, "/dashboard/events");
                    return refusal;
                });
    }

    private static int offset(String text) {
        try {
            return Math.max(0, Integer.parseInt(text));
        } catch (NumberFormatException notANumber) {
            return 0;
        }
    }
}
