package dev.paybridge.adapters.http.webhook;

import dev.paybridge.adapters.http.RouteGroup;
import dev.paybridge.adapters.http.auth.AccessDeniedException;
import dev.paybridge.adapters.http.auth.ApiKeyAuthentication;
import dev.paybridge.adapters.http.support.Json;
import dev.paybridge.adapters.http.support.Outcomes;
import dev.paybridge.adapters.http.support.Pagination;
import dev.paybridge.adapters.http.support.PathIds;
import dev.paybridge.adapters.http.support.ProblemException;
import dev.paybridge.adapters.http.support.RequestBodies;
import dev.paybridge.adapters.http.support.RequestErrors;
import dev.paybridge.adapters.http.support.Responses;
import dev.paybridge.application.port.in.webhook.ReceiveWebhookUseCase;
import dev.paybridge.application.port.in.webhook.WebhookEventsUseCase;
import dev.paybridge.application.port.in.webhook.WebhookReceipt;
import dev.paybridge.domain.webhook.WebhookEventId;
import dev.paybridge.domain.webhook.WebhookEventStatus;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import jakarta.inject.Inject;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The public gateway webhook route, and the tenant's audit and replay of received events. */
public final class WebhookRoutes implements RouteGroup {
    /** Gateways send small events; anything larger is refused before parsing. */
    public static final int WEBHOOK_BODY_LIMIT = 256 * 1024;
    private static final byte[] RECEIVED = Json.write(Map.of("received", true));
    private final ReceiveWebhookUseCase receive;
    private final WebhookEventsUseCase events;

    @Inject
    public WebhookRoutes(ReceiveWebhookUseCase receive, WebhookEventsUseCase events) {
        this.receive = receive;
        this.events = events;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post("/v1/webhooks/{provider_type}/{tenant_id}/{environment_id}", this::receive);
        routes.get("/v1/webhook-events", this::list);
        routes.post("/v1/webhook-events/{id}/replay", this::replay);
    }

    private void receive(Context ctx) {
        byte[] raw = RequestBodies.read(ctx, WEBHOOK_BODY_LIMIT);
        WebhookReceipt receipt = receive.receiveWebhook(ctx.pathParam("provider_type"), ctx.pathParam("tenant_id"),
                ctx.pathParam("environment_id"), headers(ctx), raw);
        byte[] answer = receipt.fold(
                stored -> RECEIVED,
                malformed -> {
                    throw RequestErrors.single(malformed.field(), malformed.message());
                },
                () -> {
                    throw AccessDeniedException.unauthorized("the webhook could not be authenticated");
                },
                notApplied -> {
                    throw new ProblemException(500, "internal_error", "event " + notApplied.eventId()
                            + " was stored but could not be applied; deliver it again");
                });
        Responses.json(ctx, 200, answer);
    }

    /** Every header with all its values, names in lower case (read once from the request, no sorted copies). */
    private static Map<String, List<String>> headers(Context ctx) {
        Map<String, List<String>> headers = new HashMap<>();
        for (Enumeration<String> names = ctx.req().getHeaderNames(); names.hasMoreElements(); ) {
            String name = names.nextElement();
            headers.put(name.toLowerCase(Locale.ROOT), Collections.list(ctx.req().getHeaders(name)));
        }
        return headers;
    }

    private void list(Context ctx) {
        Optional<WebhookEventStatus> status = Optional.ofNullable(ctx.queryParam("status")).filter(s -> !s.isEmpty())
                .map(WebhookRoutes::status);
        var page = events.listEvents(ApiKeyAuthentication.scope(ctx), status, Pagination.request(ctx));
        Responses.json(ctx, 200, Pagination.envelope(page, WebhookEventJson::of));
    }

    private void replay(Context ctx) {
        WebhookEventId id = PathIds.parse(ctx, "id", WebhookEventId::parse, "webhook event");
        Responses.json(ctx, 200, WebhookEventJson.of(Outcomes.value(events.replayEvent(ApiKeyAuthentication.scope(ctx),
                id))));
    }

    private static WebhookEventStatus status(String text) {
        for (WebhookEventStatus status : WebhookEventStatus.values()) {
            if (status.wireName().equals(text)) {
                return status;
            }
        }
        throw RequestErrors.single("status", "must be one of processed, ignored, needs_review, failed");
    }
}
