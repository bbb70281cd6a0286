package dev.paybridge.adapters.http.support;

import dev.paybridge.adapters.http.auth.AccessDeniedException;
import dev.paybridge.application.problem.Refusal;
import dev.paybridge.application.problem.RequestRefusedException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The one place where failures become HTTP answers: RFC 9457 problem bodies, never a stack trace or a secret. */
public final class ProblemMapper {
    public static final String PROBLEM_JSON = "application/problem+json";
    private static final Logger LOG = LoggerFactory.getLogger(ProblemMapper.class);
    private static final Map<Refusal, Integer> STATUS = Map.of(
            Refusal.VALIDATION_ERROR, 400,
            Refusal.NOT_FOUND, 404,
            Refusal.ALREADY_EXISTS, 409,
            Refusal.CONFLICT, 409,
            Refusal.INVALID_STATE, 409,
            Refusal.NO_CONNECTION, 409,
            Refusal.GATEWAY_REJECTED, 502,
            Refusal.GATEWAY_UNAVAILABLE, 503);

    private ProblemMapper() {
    }

    public static void register(RoutesConfig routes) {
        routes.exception(RequestRefusedException.class, (refused, ctx) -> write(ctx,
                STATUS.get(refused.refusal()), refused.refusal().code(), refused.getMessage(), refused.fieldErrors()));
        routes.exception(AccessDeniedException.class, (denied, ctx) -> write(ctx, denied.status(), denied.code(),
                denied.getMessage(), Map.of()));
        routes.exception(RequestBodies.PayloadTooLargeException.class, (tooLarge, ctx) -> write(ctx, 413,
                "payload_too_large", tooLarge.getMessage(), Map.of()));
        routes.exception(RequestBodies.UnsupportedMediaTypeException.class, (unsupported, ctx) -> write(ctx, 415,
                "unsupported_media_type", unsupported.getMessage(), Map.of()));
        routes.exception(RequestBodies.UnreadableBodyException.class, (unreadable, ctx) -> {
            LOG.debug("request body of {} {} not received: {}", ctx.method(), ctx.path(), unreadable.getMessage());
            write(ctx, unreadable.status(), "validation_error", unreadable.detail(), Map.of());
        });
        routes.exception(HttpResponseException.class, (framework, ctx) -> writeStatus(ctx, framework.getStatus()));
        routes.exception(Exception.class, (bug, ctx) -> {
            LOG.error("unhandled failure on {} {}", ctx.method(), ctx.path(), bug);
            write(ctx, 500, "internal_error", "an internal error occurred; it has been logged", Map.of());
        });
        for (int status : new int[] {404, 405, 413, 415, 500}) {
            routes.error(status, ctx -> {
                if (!PROBLEM_JSON.equals(ctx.res().getContentType())) {
                    writeStatus(ctx, status);
                }
            });
        }
    }

    /** The problem {@code code} of an error status the web server itself answers with. */
    public static String codeFor(int status) {
        return switch (status) {
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404, 405 -> "not_found";
            case 409 -> "conflict";
            case 413 -> "payload_too_large";
            case 415 -> "unsupported_media_type";
            case 505 -> "validation_error";
            default -> status >= 500 ? "internal_error" : "validation_error";
        };
    }

    private static void writeStatus(Context ctx, int status) {
        String code = codeFor(status);
        String detail = switch (status) {
            case 404 -> "no such route: " + ctx.method() + " " + ctx.path();
            case 405 -> ctx.method() + " is not allowed on " + ctx.path();
            default -> HttpStatus.forStatus(status).getMessage();
        };
        write(ctx, status, code, detail, Map.of());
    }

    public static void write(Context ctx, int status, String code, String detail, Map<String, List<String>> errors) {
        Problem problem = Problem.of(status, HttpStatus.forStatus(status).getMessage(), code, detail, errors);
        ctx.status(status).contentType(PROBLEM_JSON).result(Json.write(problem));
    }
}
