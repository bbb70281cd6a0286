package dev.paybridge.moyasar.simulator;

import static dev.paybridge.moyasar.simulator.ControlHandlers.guarded;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;

/** {@code /_sim} controls for accounts, paying/expiring invoices and refunding/voiding payments. */
final class ControlEndpoints {

    private final SimulatorCore core;

    ControlEndpoints(SimulatorCore core) {
        this.core = core;
    }

    void register(JavalinDefaultRoutingApi routes) {
        routes.get("/_sim/accounts", guarded(this::listAccounts));
        routes.post("/_sim/accounts", guarded(this::createAccount));
        routes.get("/_sim/invoices", guarded(this::listInvoices));
        routes.get("/_sim/invoices/{id}", guarded(ctx -> invoice(ctx, core.invoices.find(ctx.pathParam("id")))));
        routes.post("/_sim/invoices/{id}/pay", guarded(ctx -> payment(ctx, 201, core.pay(ctx.pathParam("id"),
                card(ctx, SimulatorCore.DEFAULT_APPROVING_CARD), false))));
        routes.post("/_sim/invoices/{id}/fail", guarded(ctx -> payment(ctx, 201, core.failPayment(
                ctx.pathParam("id"), card(ctx, SimulatorCore.DEFAULT_DECLINING_CARD)))));
        routes.post("/_sim/invoices/{id}/authorize", guarded(ctx -> payment(ctx, 201, core.pay(ctx.pathParam("id"),
                card(ctx, SimulatorCore.DEFAULT_APPROVING_CARD), true))));
        routes.post("/_sim/invoices/{id}/expire", guarded(ctx -> invoice(ctx,
                core.invoices.expire(ctx.pathParam("id")))));
        routes.get("/_sim/payments", guarded(this::listPayments));
        routes.get("/_sim/payments/{id}", guarded(ctx -> payment(ctx, 200, core.payments.find(ctx.pathParam("id")))));
        routes.post("/_sim/payments/{id}/refund", guarded(ctx -> payment(ctx, 200, core.adjuster.refund(
                core.state.payment(ctx.pathParam("id")), RequestBody.optionalAmount(RequestBody.read(ctx))))));
        routes.post("/_sim/payments/{id}/capture", guarded(ctx -> payment(ctx, 200, core.adjuster.capture(
                core.state.payment(ctx.pathParam("id")), RequestBody.optionalAmount(RequestBody.read(ctx))))));
        routes.post("/_sim/payments/{id}/void", guarded(ctx -> payment(ctx, 200, core.adjuster.voidPayment(
                core.state.payment(ctx.pathParam("id"))))));
    }

    private void listAccounts(Context ctx) {
        ObjectNode node = Json.object();
        ArrayNode accounts = node.putArray("accounts");
        core.state.accounts().forEach(account -> accounts.add(ControlJson.account(account)));
        Responses.json(ctx, 200, node);
    }

    /** Body (all optional): name, secret_key + publishable_key, or live=true for random live keys. */
    private void createAccount(Context ctx) {
        JsonNode body = RequestBody.read(ctx);
        String name = Json.text(body, "name") == null ? "Simulated Account" : Json.text(body, "name");
        String secretKey = Json.text(body, "secret_key");
        SimulatedAccount account = secretKey == null
                ? core.createRandomAccount(name, body.path("live").asBoolean(false))
                : core.createAccount(name, secretKey, Json.text(body, "publishable_key"));
        Responses.json(ctx, 201, ControlJson.account(account));
    }

    private void listInvoices(Context ctx) {
        ObjectNode node = Json.object();
        ArrayNode items = node.putArray("invoices");
        core.invoices.all(core.account(secretKeyParam(ctx))).forEach(invoice -> items.add(InvoiceJson.full(invoice)));
        Responses.json(ctx, 200, node);
    }

    private void listPayments(Context ctx) {
        ObjectNode node = Json.object();
        ArrayNode items = node.putArray("payments");
        core.payments.all(core.account(secretKeyParam(ctx))).forEach(payment -> items.add(PaymentJson.of(payment)));
        Responses.json(ctx, 200, node);
    }

    static String secretKeyParam(Context ctx) {
        String secretKey = ctx.queryParam("secret_key");
        if (secretKey == null) {
            throw new IllegalArgumentException("the secret_key query parameter is required");
        }
        return secretKey;
    }

    private static String card(Context ctx, String fallback) {
        String number = Json.text(RequestBody.read(ctx), "card_number");
        return number == null ? fallback : number;
    }

    private static void invoice(Context ctx, Invoice invoice) {
        Responses.json(ctx, 200, InvoiceJson.full(invoice));
    }

    private static void payment(Context ctx, int status, Payment payment) {
        Responses.json(ctx, status, PaymentJson.of(payment));
    }
}
