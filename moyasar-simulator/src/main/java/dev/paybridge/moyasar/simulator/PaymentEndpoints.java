package dev.paybridge.moyasar.simulator;

import static dev.paybridge.moyasar.simulator.Authenticator.Access.ANY_KEY;
import static dev.paybridge.moyasar.simulator.Authenticator.Access.SECRET_KEY;

import io.javalin.http.Context;

/** {@code /v1/payments}: create (publishable keys allowed), list, fetch, update, refund, capture, void. */
final class PaymentEndpoints {

    private final PaymentBook payments;
    private final PaymentProcessor processor;
    private final PaymentAdjuster adjuster;
    private final PaymentUpdate update;
    private final SimulatorState state;

    PaymentEndpoints(PaymentBook payments, PaymentProcessor processor, PaymentAdjuster adjuster,
                     SimulatorState state) {
        this.payments = payments;
        this.processor = processor;
        this.adjuster = adjuster;
        this.update = new PaymentUpdate(state);
        this.state = state;
    }

    void register(ApiRouter router) {
        router.post("/v1/payments", ANY_KEY, this::create);
        router.get("/v1/payments", SECRET_KEY, this::list);
        router.get("/v1/payments/{id}", SECRET_KEY, this::fetch);
        router.put("/v1/payments/{id}", SECRET_KEY, this::update);
        router.post("/v1/payments/{id}/refund", SECRET_KEY, this::refund);
        router.post("/v1/payments/{id}/capture", SECRET_KEY, this::capture);
        router.post("/v1/payments/{id}/void", SECRET_KEY, this::voidPayment);
    }

    private void create(Context ctx, StoredAccount account) {
        Responses.json(ctx, 201, PaymentJson.of(processor.create(account, RequestBody.read(ctx), ctx.ip())));
    }

    private void list(Context ctx, StoredAccount account) {
        Responses.json(ctx, 200, PaymentJson.list(payments.list(account, ListQuery.from(ctx.queryParamMap()))));
    }

    private void fetch(Context ctx, StoredAccount account) {
        Responses.json(ctx, 200, PaymentJson.of(payments.find(account, ctx.pathParam("id"))));
    }

    private void update(Context ctx, StoredAccount account) {
        Responses.json(ctx, 200, PaymentJson.of(update.apply(account, ctx.pathParam("id"), RequestBody.read(ctx))));
    }

    private void refund(Context ctx, StoredAccount account) {
        StoredPayment payment = state.payment(account, ctx.pathParam("id"));
        Long amount = RequestBody.optionalAmount(RequestBody.read(ctx));
        Responses.json(ctx, 200, PaymentJson.of(adjuster.refund(payment, amount)));
    }

    private void capture(Context ctx, StoredAccount account) {
        StoredPayment payment = state.payment(account, ctx.pathParam("id"));
        Long amount = RequestBody.optionalAmount(RequestBody.read(ctx));
        Responses.json(ctx, 200, PaymentJson.of(adjuster.capture(payment, amount)));
    }

    private void voidPayment(Context ctx, StoredAccount account) {
        StoredPayment payment = state.payment(account, ctx.pathParam("id"));
        Responses.json(ctx, 200, PaymentJson.of(adjuster.voidPayment(payment)));
    }
}
