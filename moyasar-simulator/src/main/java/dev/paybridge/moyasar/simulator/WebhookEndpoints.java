package dev.paybridge.moyasar.simulator;

import static dev.paybridge.moyasar.simulator.Authenticator.Access.SECRET_KEY;

import io.javalin.http.Context;

/**
 * {@code /v1/webhooks}: create, list, available events, fetch, update, delete, verify, and resend the verification
 * code ({@code POST /v1/webhooks/{id}/resend_verification}: the docs name the operation but not its path).
 */
final class WebhookEndpoints {

    private final WebhookRegistry webhooks;
    private final WebhookVerifier verifier;

    WebhookEndpoints(WebhookRegistry webhooks, WebhookVerifier verifier) {
        this.webhooks = webhooks;
        this.verifier = verifier;
    }

    void register(ApiRouter router) {
        router.post("/v1/webhooks", SECRET_KEY, this::create);
        router.get("/v1/webhooks", SECRET_KEY, this::list);
        router.get("/v1/webhooks/available_events", SECRET_KEY,
                (ctx, account) -> Responses.json(ctx, 200, WebhookJson.availableEvents()));
        router.get("/v1/webhooks/{id}", SECRET_KEY, this::fetch);
        router.put("/v1/webhooks/{id}", SECRET_KEY, this::update);
        router.delete("/v1/webhooks/{id}", SECRET_KEY, this::delete);
        router.post("/v1/webhooks/{id}/verify", SECRET_KEY, this::verify);
        router.post("/v1/webhooks/{id}/resend_verification", SECRET_KEY, this::resend);
    }

    private void create(Context ctx, StoredAccount account) {
        Responses.json(ctx, 201, WebhookJson.of(webhooks.create(account, RequestBody.read(ctx))));
    }

    private void list(Context ctx, StoredAccount account) {
        Responses.json(ctx, 200, WebhookJson.list(webhooks.list(account)));
    }

    private void fetch(Context ctx, StoredAccount account) {
        Responses.json(ctx, 200, WebhookJson.of(webhooks.find(account, ctx.pathParam("id"))));
    }

    private void update(Context ctx, StoredAccount account) {
        Responses.json(ctx, 200, WebhookJson.of(webhooks.update(account, ctx.pathParam("id"),
                RequestBody.read(ctx))));
    }

    private void delete(Context ctx, StoredAccount account) {
        webhooks.delete(account, ctx.pathParam("id"));
        Responses.noContent(ctx);
    }

    private void verify(Context ctx, StoredAccount account) {
        Responses.json(ctx, 200, WebhookJson.of(verifier.verify(account, ctx.pathParam("id"),
                RequestBody.read(ctx))));
    }

    private void resend(Context ctx, StoredAccount account) {
        Responses.json(ctx, 200, WebhookJson.of(verifier.resend(account, ctx.pathParam("id"))));
    }
}
