package dev.paybridge.moyasar.simulator;

import static dev.paybridge.moyasar.simulator.Authenticator.Access.SECRET_KEY;

import io.javalin.http.Context;

/** {@code /v1/invoices}: create, bulk create, list, fetch, update, cancel. */
final class InvoiceEndpoints {

    private final InvoiceBook invoices;

    InvoiceEndpoints(InvoiceBook invoices) {
        this.invoices = invoices;
    }

    void register(ApiRouter router) {
        router.post("/v1/invoices", SECRET_KEY, this::create);
        router.post("/v1/invoices/bulk", SECRET_KEY, this::createBulk);
        router.get("/v1/invoices", SECRET_KEY, this::list);
        router.get("/v1/invoices/{id}", SECRET_KEY, this::fetch);
        router.put("/v1/invoices/{id}", SECRET_KEY, this::update);
        router.put("/v1/invoices/{id}/cancel", SECRET_KEY, this::cancel);
    }

    private void create(Context ctx, StoredAccount account) {
        Responses.json(ctx, 201, InvoiceJson.full(invoices.create(account, RequestBody.read(ctx))));
    }

    private void createBulk(Context ctx, StoredAccount account) {
        Responses.json(ctx, 201, InvoiceJson.bulk(invoices.createBulk(account, RequestBody.read(ctx))));
    }

    private void list(Context ctx, StoredAccount account) {
        Responses.json(ctx, 200, InvoiceJson.list(invoices.list(account, ListQuery.from(ctx.queryParamMap()))));
    }

    private void fetch(Context ctx, StoredAccount account) {
        Responses.json(ctx, 200, InvoiceJson.full(invoices.find(account, ctx.pathParam("id"))));
    }

    private void update(Context ctx, StoredAccount account) {
        Responses.json(ctx, 200, InvoiceJson.full(invoices.update(account, ctx.pathParam("id"),
                RequestBody.read(ctx))));
    }

    private void cancel(Context ctx, StoredAccount account) {
        Responses.json(ctx, 200, InvoiceJson.full(invoices.cancel(account, ctx.pathParam("id"))));
    }
}
