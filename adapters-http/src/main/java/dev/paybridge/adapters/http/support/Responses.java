package dev.paybridge.adapters.http.support;

import io.javalin.http.Context;

/** Writes JSON answers in the API's one format. */
public final class Responses {
    public static final String JSON = "application/json";

    private Responses() {
    }

    public static void json(Context ctx, int status, Object body) {
        ctx.status(status).contentType(JSON).result(Json.write(body));
    }
}
