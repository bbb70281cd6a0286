package dev.paybridge.bootstrap.linkpay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A stand-in for LinkPay's API (the fictional gateway of the example plugin), written from its README, not from the
 * plugin: checkout sessions, charges, cancellation, signed webhooks. Tests pay sessions and choose which webhooks get
 * lost.
 */
final class FakeLinkPay implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();
    private final LinkPayBook book;
    private final LinkPayWebhooks webhooks;
    private final Javalin server;

    private FakeLinkPay(String apiKey, LinkPayWebhooks webhooks) {
        this.book = new LinkPayBook();
        this.webhooks = webhooks;
        this.server = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.routes.before("/v2/*", ctx -> {
                if (!("Bearer " + apiKey).equals(ctx.header("Authorization"))) {
                    ctx.skipRemainingHandlers().status(401).json(error("unauthorized", "unknown API key"));
                }
            });
            config.routes.get("/v2/account", ctx -> ctx.json(JSON.createObjectNode().put("id", "acct_fake")));
            config.routes.post("/v2/checkout_sessions", this::create);
            config.routes.get("/v2/checkout_sessions", ctx -> ctx.json(book.byReference(ctx.queryParam("reference"))));
            config.routes.get("/v2/checkout_sessions/{id}", ctx -> found(ctx, book.session(ctx.pathParam("id"))));
            config.routes.post("/v2/checkout_sessions/{id}/cancel", this::cancel);
        });
    }

    static FakeLinkPay start(String apiKey, String signingSecret) {
        FakeLinkPay fake = new FakeLinkPay(apiKey, new LinkPayWebhooks(signingSecret));
        fake.server.start("127.0.0.1", 0);
        return fake;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.port() + "/v2";
    }

    /** Sends this environment's events to {@code url} from now on. */
    void deliverWebhooksTo(String url) {
        webhooks.target(url);
    }

    /** The next {@code count} webhooks are lost, as when the endpoint was down through every retry. */
    void loseNextWebhooks(int count) {
        webhooks.lose(count);
    }

    /** The payer pays the whole session on LinkPay's page; the charge's webhook is sent (or lost). */
    JsonNode pay(String sessionId) {
        ObjectNode charge = book.pay(sessionId, Instant.now());
        webhooks.send("charge.succeeded", charge);
        return charge;
    }

    List<JsonNode> sessionsFor(String reference) {
        List<JsonNode> sessions = new ArrayList<>();
        book.byReference(reference).get("data").forEach(sessions::add);
        return sessions;
    }

    /** Posts a body as a webhook with any signature header, as an impostor would; the receiver's status. */
    int deliverForged(String body, String signatureHeader) {
        return webhooks.deliver(body, signatureHeader);
    }

    Optional<JsonNode> session(String id) {
        return book.session(id);
    }

    int webhooksSent() {
        return webhooks.sent();
    }

    private void create(Context ctx) {
        JsonNode body = read(ctx);
        JsonNode amount = body.path("amount");
        if (!amount.path("value").isTextual() || !amount.path("currency").isTextual()
                || !body.path("reference").isTextual()) {
            ctx.status(422).json(error("invalid_request", "amount.value, amount.currency and reference are required"));
            return;
        }
        ctx.status(201).json(book.create(body, "http://127.0.0.1:" + server.port() + "/pay/", Instant.now()));
    }

    private void cancel(Context ctx) {
        Optional<JsonNode> session = book.session(ctx.pathParam("id"));
        if (session.isEmpty()) {
            ctx.status(404).json(error("not_found", "no such checkout session"));
        } else if (session.get().path("state").asText().equals("completed")) {
            ctx.status(409).json(error("session_completed", "the session was paid and cannot be cancelled"));
        } else {
            ctx.json(book.cancel(ctx.pathParam("id")));
        }
    }

    private static void found(Context ctx, Optional<JsonNode> object) {
        object.ifPresentOrElse(ctx::json, () -> ctx.status(404).json(error("not_found", "no such object")));
    }

    private static JsonNode read(Context ctx) {
        try {
            return JSON.readTree(ctx.body());
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    static ObjectNode error(String code, String message) {
        ObjectNode error = JSON.createObjectNode();
        error.putObject("error").put("code", code).put("message", message);
        return error;
    }

    @Override
    public void close() {
        server.stop();
    }
}
