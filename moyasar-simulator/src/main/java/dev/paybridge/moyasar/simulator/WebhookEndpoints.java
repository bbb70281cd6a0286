package dev.paybridge.moyasar.simulator;

import static dev.paybridge.moyasar.simulator.Authenticator.Access.SECRET_KEY;

import io.javalin.http.Context;

/** {@code /v1/webhooks}: register, list, fetch, delete. */
final class WebhookEndpoints {

    private final WebhookRegistry webhooks;

    WebhookEndpoints(WebhookRegistry webhooks) {
        this.webhooks = webhooks;
    }

    void register(ApiRouter router) {
        router.post("/v1/webhooks", SECRET_KEY, this::create);
        router.get("/v1/webhooks", SECRET_KEY, this::list);
        router.get("/v1/webhooks/{id}", SECRET_KEY, this::fetch);
        router.delete("/v1/webhooks/{id}", SECRET_KEY, this::delete);
    }

    private void create(Context ctx, StoredAccount account) {
        Responses.json(ctx, 201, WebhookJson.of(webhooks.register(account, RequestBody.read(ctx))));
    }

    private void list(Context ctx, StoredAccount account) {
        Responses.json(ctx, 200, WebhookJson.list(webhooks.list(account)));
    }

    private void fetch(Context ctx, StoredAccount account) {
        Responses.json(ctx, 200, WebhookJson.of(webhooks.find(account, ctx.pathParam("id"))));
    }

    private void delete(Context ctx, StoredAccount account) {
        webhooks.delete(account, ctx.pathParam("id"));
        Responses.noContent(ctx);
    }
}
