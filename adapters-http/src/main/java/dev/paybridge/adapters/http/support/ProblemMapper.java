package dev.paybridge.adapters.http.support;

import dev.paybridge.adapters.http.auth.AccessDeniedException;
import dev.paybridge.application.outcome.InvalidCommandException;
import dev.paybridge.application.outcome.Refusal;
import dev.paybridge.application.outcome.RefusalKind;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where failures become HTTP answers: RFC 9457 problem bodies whose {@code type} points to the code's
 * section of the error catalogue ({@code <public base URL>/docs/errors#<code>}), never a stack trace or a secret.
 */
public final class ProblemMapper {
    public static final String PROBLEM_JSON = "application/problem+json";
    private static final Logger LOG = LoggerFactory.getLogger(ProblemMapper.class);
    private static final Map<RefusalKind, Integer> STATUS = new EnumMap<>(Map.of(
            RefusalKind.VALIDATION_ERROR, 400,
            RefusalKind.NOT_FOUND, 404,
            RefusalKind.ALREADY_EXISTS, 409,
            RefusalKind.CONFLICT, 409,
            RefusalKind.INVALID_STATE, 409,
            RefusalKind.NO_CONNECTION, 409,
            RefusalKind.GATEWAY_REJECTED, 502,
            RefusalKind.GATEWAY_UNAVAILABLE, 503));
    private final String typeBase;

    /** Problems whose types point into the error catalogue served at {@code publicBaseUrl}. */
    public ProblemMapper(String publicBaseUrl) {
        this.typeBase = publicBaseUrl + "/docs/errors#";
    }

    public void register(RoutesConfig routes) {
        routes.exception(RefusedRequestException.class, (refused, ctx) -> refusal(ctx, refused.refusal()));
        routes.exception(InvalidCommandException.class, (invalid, ctx) -> refusal(ctx, invalid.refusal()));
        routes.exception(InvalidRequestException.class, (invalid, ctx) -> write(ctx, 400, "validation_error",
                invalid.getMessage(), invalid.errors()));
        routes.exception(ProblemException.class, (problem, ctx) -> write(ctx, problem.status(), problem.code(),
                problem.getMessage(), Map.of()));
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
                if (!answeredAlready(ctx)) {
                    writeStatus(ctx, status);
                }
            });
        }
    }

    /** A route's own problem body, or a page the dashboard rendered itself (its 404, 403, 500), is left as it is. */
    private static boolean answeredAlready(Context ctx) {
        String type = ctx.res().getContentType();
        return type != null && (type.startsWith(PROBLEM_JSON) || type.startsWith("text/html"));
    }

    private void refusal(Context ctx, Refusal refusal) {
        write(ctx, STATUS.get(refusal.kind()), refusal.kind().name().toLowerCase(Locale.ROOT), refusal.detail(),
                WirePaths.toJson(refusal.violations()));
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

    private void writeStatus(Context ctx, int status) {
        String code = codeFor(status);
        String detail = switch (status) {
            case 404 -> "no such route: " + ctx.method() + " " + ctx.path();
            case 405 -> ctx.method() + " is not allowed on " + ctx.path();
            default -> HttpStatus.forStatus(status).getMessage();
        };
        write(ctx, status, code, detail, Map.of());
    }

    /** Answers with a problem body; {@code errors} (JSON path to messages) is shown only when not empty. */
    public void write(Context ctx, int status, String code, String detail, Map<String, List<String>> errors) {
        ctx.status(status).contentType(PROBLEM_JSON).result(Json.write(problem(status, code, detail, errors)));
    }

    /** The problem body of {@code status}; {@code errors} (JSON path to messages) is shown only when not empty. */
    public Problem problem(int status, String code, String detail, Map<String, List<String>> errors) {
        return new Problem(typeBase + code, HttpStatus.forStatus(status).getMessage(), status, detail, code,
                errors == null || errors.isEmpty() ? null : errors);
    }
}
