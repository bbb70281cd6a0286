package dev.paybridge.moyasar.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The settings of a {@code POST} or {@code PUT /v1/webhooks}, validated: url, http_method (post or put),
 * shared_secret and events. On create, url and shared_secret are required and no events means the default
 * subscription; on update, a missing field is null and stays as it was.
 */
record WebhookSettings(String url, String httpMethod, String sharedSecret, List<String> events) {

    private static final List<String> METHODS = List.of("post", "put");

    static WebhookSettings forCreate(JsonNode body) {
        return read(body, true);
    }

    static WebhookSettings forUpdate(JsonNode body) {
        return read(body, false);
    }

    private static WebhookSettings read(JsonNode body, boolean create) {
        FieldErrors errors = new FieldErrors();
        RequestFields fields = new RequestFields(body, errors, "");
        String url = create || fields.has("url") ? fields.text("url", true) : null;
        if (url != null && !RequestFields.isHttpUrl(url)) {
            errors.add("url", "must be a valid URL");
        }
        String method = fields.text("http_method", false);
        method = method == null ? (create ? "post" : null) : method.toLowerCase(Locale.ROOT);
        if (method != null && !METHODS.contains(method)) {
            errors.add("http_method", "must be one of " + METHODS);
        }
        String sharedSecret = create || fields.has("shared_secret") ? fields.text("shared_secret", true) : null;
        List<String> events = create || fields.has("events") ? events(body.get("events"), errors) : null;
        errors.throwIfAny();
        return new WebhookSettings(url, method, sharedSecret, events);
    }

    private static List<String> events(JsonNode node, FieldErrors errors) {
        if (node == null || node.isNull() || (node.isArray() && node.isEmpty())) {
            return WebhookEvents.DEFAULT_SUBSCRIPTION;
        }
        if (!node.isArray()) {
            errors.add("events", "must be a list of event names");
            return List.of();
        }
        List<String> events = new ArrayList<>();
        node.forEach(event -> {
            if (WebhookEvents.SUBSCRIBABLE.contains(event.asText())) {
                events.add(event.asText());
            } else {
                errors.add("events", event.asText() + " is not a known event");
            }
        });
        return List.copyOf(events);
    }
}
