package dev.paybridge.adapters.http.support;

import io.javalin.http.Context;

/** Writes JSON answers in the API's one format. */
public final class Responses {
    public static final String JSON = "application/json";

    private Responses() {
    }

    public static void json(Context ctx, int status, Object body) {
        json(ctx, status, Json.write(body));
    }

    /** An answer written once ahead (a constant body on a hot path). */
    public static void json(Context ctx, int status, byte[] written) {
        ctx.status(status).contentType(JSON).result(written);
    }
}
