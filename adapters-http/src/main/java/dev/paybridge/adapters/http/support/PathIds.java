package dev.paybridge.adapters.http.support;

import dev.paybridge.application.outcome.Refusal;
import io.javalin.http.Context;
import java.util.Optional;
import java.util.function.Function;

/** Reads ids from the path: a malformed id names nothing, so it answers 404 like an unknown one. */
public final class PathIds {
    private PathIds() {
    }

    public static <T> T parse(Context ctx, String param, Function<String, Optional<T>> parser, String what) {
        return parser.apply(ctx.pathParam(param)).orElseThrow(() -> new RefusedRequestException(Refusal.notFound(what)));
    }
}
