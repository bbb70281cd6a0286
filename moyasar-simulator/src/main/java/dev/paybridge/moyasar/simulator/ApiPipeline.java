package dev.paybridge.moyasar.simulator;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every {@code /v1} request goes through: fault latency, the edge's User-Agent check, faults before
 * processing, authentication, the endpoint, faults after processing, error mapping and the request log.
 */
final class ApiPipeline {

    private static final Logger LOG = LoggerFactory.getLogger(ApiPipeline.class);

    private final Authenticator authenticator;
    private final FaultInjector faults;
    private final Hangs hangs;
    private final BoundedLog<ApiRequest> requests;
    private final EdgePage edge;
    private final Clock clock;

    ApiPipeline(Authenticator authenticator, FaultInjector faults, Hangs hangs, BoundedLog<ApiRequest> requests,
                EdgePage edge, Clock clock) {
        this.authenticator = authenticator;
        this.faults = faults;
        this.hangs = hangs;
        this.requests = requests;
        this.edge = edge;
        this.clock = clock;
    }

    Handler wrap(Authenticator.Access access, ApiHandler endpoint) {
        return ctx -> handle(ctx, access, endpoint);
    }

    private void handle(Context ctx, Authenticator.Access access, ApiHandler endpoint) {
        Instant receivedAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        String body = ctx.body();
        FaultRule fault = faults.claim(ctx.method().name(), ctx.path()).orElse(null);
        if (fault != null) {
            pause(fault.latency());
        }
        if (edge.blocks(ctx.userAgent())) {
            EdgePage.forbid(ctx);
            log(ctx, receivedAt, body, ctx.statusCode(), fault);
            return;
        }
        if (fault != null && !fault.isAfterProcessing() && fault.outcome() != FaultRule.Outcome.NONE) {
            applyOutcome(ctx, fault, receivedAt, body);
            return;
        }
        try {
            endpoint.handle(ctx, authenticator.authenticate(ctx, access));
        } catch (ApiError error) {
            Responses.error(ctx, error);
        } catch (RuntimeException unexpected) {
            LOG.error("{} {} failed", ctx.method(), ctx.path(), unexpected);
            Responses.error(ctx, ApiError.internal("Internal server error"));
        }
        if (fault != null && fault.outcome() != FaultRule.Outcome.NONE) {
            applyOutcome(ctx, fault, receivedAt, body);
        } else {
            log(ctx, receivedAt, body, ctx.statusCode(), fault);
        }
    }

    private void applyOutcome(Context ctx, FaultRule fault, Instant receivedAt, String body) {
        switch (fault.outcome()) {
            case STATUS:
                Responses.error(ctx, ApiError.simulated(fault.status()));
                if (fault.status() == 429) {
                    ctx.header("Retry-After", String.valueOf(fault.retryAfter().toSeconds()));
                }
                log(ctx, receivedAt, body, ctx.statusCode(), fault);
                break;
            case HANG:
                log(ctx, receivedAt, body, null, fault);
                ctx.future(() -> hangs.hold().thenRun(() -> ConnectionDropper.drop(ctx)));
                break;
            case DROP:
                log(ctx, receivedAt, body, null, fault);
                ConnectionDropper.drop(ctx);
                break;
            default:
                log(ctx, receivedAt, body, ctx.statusCode(), fault);
        }
    }

    private void log(Context ctx, Instant receivedAt, String body, Integer status, FaultRule fault) {
        Map<String, String> headers = new LinkedHashMap<>(ctx.headerMap());
        headers.replaceAll((name, value) -> name.equalsIgnoreCase("Authorization")
                ? Authenticator.redact(value) : value);
        requests.add(new ApiRequest(receivedAt, ctx.method().name(), ctx.path(), ctx.queryString(), headers, body,
                status, fault == null || fault.describe().isEmpty() ? null : fault.describe()));
    }

    private static void pause(Duration latency) {
        if (latency.isZero()) {
            return;
        }
        try {
            Thread.sleep(latency.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
