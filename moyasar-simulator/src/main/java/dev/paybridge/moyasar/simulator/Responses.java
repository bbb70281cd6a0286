package dev.paybridge.moyasar.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;

/** Writes JSON answers and Moyasar error envelopes: the one place errors become HTTP. */
final class Responses {

    static final String JSON = "application/json; charset=utf-8";

    private Responses() {
    }

    static void json(Context ctx, int status, JsonNode body) {
        ctx.status(status).contentType(JSON).result(Json.write(body));
    }

    static void error(Context ctx, ApiError error) {
        json(ctx, error.status(), Json.error(error));
    }

    static void noContent(Context ctx) {
        ctx.status(204).result("");
    }
}
