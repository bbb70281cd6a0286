package dev.paybridge.moyasar.simulator;

import static dev.paybridge.moyasar.simulator.ControlHandlers.guarded;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;

/** {@code /_sim} views of what happened: health, the API request log and the webhook delivery log. */
final class ObservationEndpoints {

    private final SimulatorCore core;

    ObservationEndpoints(SimulatorCore core) {
        this.core = core;
    }

    void register(JavalinDefaultRoutingApi routes) {
        routes.get("/_sim/health", guarded(ctx -> Responses.json(ctx, 200, Json.object().put("status", "ok")
                .put("base_url", core.address.origin() + "/v1"))));
        routes.get("/_sim/requests", guarded(this::requests));
        routes.delete("/_sim/requests", guarded(ctx -> {
            core.requests.clear();
            Responses.noContent(ctx);
        }));
        routes.get("/_sim/webhook-deliveries", guarded(this::deliveries));
        routes.delete("/_sim/webhook-deliveries", guarded(ctx -> {
            core.deliveries.clear();
            Responses.noContent(ctx);
        }));
    }

    /** Optional filters: {@code method}, {@code path} (exact). */
    private void requests(Context ctx) {
        String method = ctx.queryParam("method");
        String path = ctx.queryParam("path");
        ObjectNode node = Json.object();
        ArrayNode items = node.putArray("requests");
        core.requests.entries().stream()
                .filter(request -> method == null || request.method().equalsIgnoreCase(method))
                .filter(request -> path == null || request.path().equals(path))
                .forEach(request -> items.add(ControlJson.request(request)));
        Responses.json(ctx, 200, node);
    }

    /** Optional filter: {@code event_id}. */
    private void deliveries(Context ctx) {
        String eventId = ctx.queryParam("event_id");
        ObjectNode node = Json.object();
        ArrayNode items = node.putArray("deliveries");
        core.deliveries.entries().stream()
                .filter(delivery -> eventId == null || eventId.equals(delivery.eventId()))
                .forEach(delivery -> items.add(ControlJson.delivery(delivery)));
        Responses.json(ctx, 200, node);
    }
}
