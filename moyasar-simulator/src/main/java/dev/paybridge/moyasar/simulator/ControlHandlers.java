package dev.paybridge.moyasar.simulator;

import io.javalin.http.Handler;

/** Error mapping for {@code /_sim} endpoints: Moyasar-shaped envelopes, 400 for bad arguments. */
final class ControlHandlers {

    private ControlHandlers() {
    }

    static Handler guarded(Handler handler) {
        return ctx -> {
            try {
                handler.handle(ctx);
            } catch (ApiError error) {
                Responses.error(ctx, error);
            } catch (IllegalArgumentException | IllegalStateException | java.util.NoSuchElementException bad) {
                Responses.error(ctx, ApiError.invalidRequest(bad.getMessage()));
            }
        };
    }
}
