package dev.paybridge.moyasar.simulator;

import static dev.paybridge.moyasar.simulator.ControlHandlers.guarded;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.time.Duration;
import java.util.Locale;

/** {@code /_sim/faults} and {@code /_sim/webhook-faults}: the fault knobs over HTTP. */
final class FaultControlEndpoints {

    private final FaultInjector faults;
    private final WebhookFaults webhookFaults;

    FaultControlEndpoints(FaultInjector faults, WebhookFaults webhookFaults) {
        this.faults = faults;
        this.webhookFaults = webhookFaults;
    }

    void register(JavalinDefaultRoutingApi routes) {
        routes.get("/_sim/faults", guarded(this::list));
        routes.post("/_sim/faults", guarded(this::add));
        routes.delete("/_sim/faults", guarded(ctx -> {
            faults.clear();
            Responses.noContent(ctx);
        }));
        routes.delete("/_sim/faults/{id}", guarded(ctx -> {
            if (!faults.remove(ctx.pathParam("id"))) {
                throw ApiError.notFound();
            }
            Responses.noContent(ctx);
        }));
        routes.post("/_sim/webhook-faults", guarded(this::addWebhookFault));
        routes.delete("/_sim/webhook-faults", guarded(ctx -> {
            webhookFaults.clear();
            Responses.noContent(ctx);
        }));
    }

    private void list(Context ctx) {
        ObjectNode node = Json.object();
        ArrayNode items = node.putArray("faults");
        faults.rules().forEach(rule -> items.add(ControlJson.fault(rule)));
        Responses.json(ctx, 200, node);
    }

    /**
     * Body: {@code method} (default *), {@code path}, and any of {@code latency_ms}, {@code status},
     * {@code retry_after_seconds}, {@code hang}, {@code drop}, {@code after_processing}, {@code times}.
     */
    private void add(Context ctx) {
        JsonNode body = RequestBody.read(ctx);
        String method = Json.text(body, "method");
        FaultRule rule = faults.on(method == null ? "*" : method, Json.text(body, "path"));
        try {
            configure(rule, body);
        } catch (IllegalArgumentException invalid) {
            faults.remove(rule.id());
            throw invalid;
        }
        Responses.json(ctx, 201, ControlJson.fault(rule));
    }

    private static void configure(FaultRule rule, JsonNode body) {
        if (body.hasNonNull("latency_ms")) {
            rule.latency(Duration.ofMillis(body.get("latency_ms").asLong()));
        }
        if (body.hasNonNull("status")) {
            rule.status(body.get("status").asInt());
        }
        if (body.hasNonNull("retry_after_seconds")) {
            rule.retryAfter(Duration.ofSeconds(body.get("retry_after_seconds").asLong()));
        }
        if (body.path("hang").asBoolean(false)) {
            rule.hang();
        }
        if (body.path("drop").asBoolean(false)) {
            rule.drop();
        }
        if (body.path("after_processing").asBoolean(false)) {
            rule.afterProcessing();
        }
        if (body.hasNonNull("times")) {
            rule.times(body.get("times").asInt());
        }
    }

    /** Body: {@code action} (drop, duplicate, delay, reorder), {@code count}, {@code delay_ms} for delay. */
    private void addWebhookFault(Context ctx) {
        JsonNode body = RequestBody.read(ctx);
        String action = String.valueOf(Json.text(body, "action")).toLowerCase(Locale.ROOT);
        int count = body.path("count").asInt(1);
        switch (action) {
            case "drop": webhookFaults.dropNext(count); break;
            case "duplicate": webhookFaults.duplicateNext(count); break;
            case "delay": webhookFaults.delayNext(count, Duration.ofMillis(body.path("delay_ms").asLong(1000))); break;
            case "reorder": webhookFaults.reorderNext(count); break;
            default: throw new IllegalArgumentException("action must be drop, duplicate, delay or reorder");
        }
        Responses.noContent(ctx);
    }
}
