package dev.paybridge.moyasar.simulator;

import static dev.paybridge.moyasar.simulator.ControlHandlers.guarded;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.util.ArrayList;
import java.util.List;

/** {@code /_sim/webhooks}: register a webhook, list an account's webhooks, read a webhook's verification code. */
final class WebhookControlEndpoints {

    private final SimulatorCore core;

    WebhookControlEndpoints(SimulatorCore core) {
        this.core = core;
    }

    void register(JavalinDefaultRoutingApi routes) {
        routes.post("/_sim/webhooks", guarded(this::registerWebhook));
        routes.get("/_sim/webhooks", guarded(this::list));
        routes.get("/_sim/webhooks/{id}/verification-code", guarded(this::verificationCode));
    }

    private void registerWebhook(Context ctx) {
        JsonNode body = RequestBody.read(ctx);
        List<String> events = new ArrayList<>();
        body.path("events").forEach(event -> events.add(event.asText()));
        Webhook webhook = core.registerWebhook(Json.text(body, "secret_key"), Json.text(body, "url"),
                Json.text(body, "shared_secret"), events);
        Responses.json(ctx, 201, WebhookJson.of(webhook));
    }

    /** The account's webhooks as Moyasar shows them, plus their shared secret and pending code. */
    private void list(Context ctx) {
        ObjectNode node = Json.object();
        ArrayNode items = node.putArray("webhooks");
        for (Webhook webhook : core.webhooks.list(core.account(ControlEndpoints.secretKeyParam(ctx)))) {
            items.add(WebhookJson.of(webhook).put("shared_secret", webhook.sharedSecret())
                    .put("verification_code", core.verifier.currentCode(webhook.id()).orElse(null)));
        }
        Responses.json(ctx, 200, node);
    }

    private void verificationCode(Context ctx) {
        String id = ctx.pathParam("id");
        Webhook webhook = core.webhooks.find(id);
        Responses.json(ctx, 200, Json.object().put("webhook_id", id).put("verified", webhook.verified())
                .put("verification_code", core.verifier.currentCode(id).orElse(null)));
    }
}
