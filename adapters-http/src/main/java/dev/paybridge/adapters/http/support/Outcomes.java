package dev.paybridge.adapters.http.support;

import dev.paybridge.application.outcome.InvalidCommandException;
import dev.paybridge.application.outcome.Outcome;
import java.util.function.Supplier;

/** How routes read use-case outcomes and build commands; refusals go to {@link ProblemMapper}, the one place. */
public final class Outcomes {
    private Outcomes() {
    }

    /** The result of a done outcome; a refusal becomes its problem answer. */
    public static <T> T value(Outcome<T> outcome) {
        return outcome.fold(value -> value, refusal -> {
            throw new RefusedRequestException(refusal);
        });
    }

    /**
     * Builds a command from a body read with {@link JsonBody}, refusing the request with every message at once: the
     * body's own (wrong JSON types, missing fields) and the command's rules, in JSON paths, each field named once.
     */
    public static <C> C command(JsonBody body, Supplier<C> build) {
        RequestErrors errors = body.errors();
        try {
            C command = build.get();
            errors.throwIfAny();
            return command;
        } catch (InvalidCommandException invalid) {
            RequestErrors fromBody = errors.copy();
            WirePaths.toJson(invalid.refusal().violations()).forEach((path, messages) -> {
                if (!fromBody.covers(path)) {
                    messages.forEach(message -> errors.add(path, message));
                }
            });
            errors.throwIfAny();
            throw new IllegalStateException("a refused command named no field", invalid);
        }
    }
}
