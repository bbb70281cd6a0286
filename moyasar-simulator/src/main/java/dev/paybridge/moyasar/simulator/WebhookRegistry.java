package dev.paybridge.moyasar.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** Registers, lists and deletes an account's webhooks ({@code /v1/webhooks}). */
final class WebhookRegistry {

    private static final List<String> METHODS = List.of("post", "put");

    private final SimulatorState state;

    WebhookRegistry(SimulatorState state) {
        this.state = state;
    }

    /** Registers a webhook; no events means the payment events Moyasar offers by default. */
    Webhook register(StoredAccount account, JsonNode body) {
        FieldErrors errors = new FieldErrors();
        RequestFields fields = new RequestFields(body, errors, "");
        String url = fields.text("url", true);
        if (url != null && !RequestFields.isHttpUrl(url)) {
            errors.add("url", "must be a valid URL");
        }
        String method = fields.text("http_method", false);
        method = method == null ? "post" : method.toLowerCase(Locale.ROOT);
        if (!METHODS.contains(method)) {
            errors.add("http_method", "must be one of " + METHODS);
        }
        String sharedSecret = fields.text("shared_secret", true);
        List<String> events = events(body.get("events"), errors);
        errors.throwIfAny();
        Webhook webhook = new Webhook(UUID.randomUUID().toString(), url, method, sharedSecret, events, state.now());
        state.atomically(() -> account.webhooks.put(webhook.id(), webhook));
        return webhook;
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
        return events;
    }

    List<Webhook> list(StoredAccount account) {
        return state.atomically(() -> List.copyOf(account.webhooks.values()));
    }

    Webhook find(StoredAccount account, String id) {
        return state.atomically(() -> {
            Webhook webhook = account.webhooks.get(id);
            if (webhook == null) {
                throw ApiError.notFound();
            }
            return webhook;
        });
    }

    void delete(StoredAccount account, String id) {
        state.atomically(() -> {
            if (account.webhooks.remove(id) == null) {
                throw ApiError.notFound();
            }
            return null;
        });
    }
}
