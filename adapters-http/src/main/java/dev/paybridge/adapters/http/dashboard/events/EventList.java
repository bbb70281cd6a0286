package dev.paybridge.adapters.http.dashboard.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.paybridge.adapters.http.support.Json;
import dev.paybridge.application.page.Page;
import dev.paybridge.domain.webhook.WebhookEvent;
import dev.paybridge.domain.webhook.WebhookEventStatus;
import java.util.Arrays;
import java.util.List;

/** The received gateway events: one page of them, the status filter, and their payloads (stored without secrets). */
public record EventList(Page<WebhookEvent> page, String status) {

    public List<String> statuses() {
        return Arrays.stream(WebhookEventStatus.values()).map(WebhookEventStatus::wireName).toList();
    }

    /** The payload indented for reading; as stored when it cannot be read as JSON. */
    public static String pretty(WebhookEvent event) {
        try {
            return Json.MAPPER.readTree(event.payload()).toPrettyString();
        } catch (JsonProcessingException unreadable) {
            return event.payload();
        }
    }

    public boolean hasPrevious() {
        return page.request().offset() > 0;
    }

    public boolean hasNext() {
        return page.request().offset() + (long) page.items().size() < page.total();
    }

    public String previousUrl() {
        return url(Math.max(0, page.request().offset() - page.request().limit()));
    }

    public String nextUrl() {
        return url(page.request().offset() + page.request().limit());
    }

    private String url(int offset) {
        return "/dashboard/events?status=" + status + "&offset=" + offset;
    }
}
