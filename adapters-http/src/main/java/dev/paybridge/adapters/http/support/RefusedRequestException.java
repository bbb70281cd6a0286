package dev.paybridge.adapters.http.support;

import dev.paybridge.application.outcome.Refusal;
import java.util.Objects;

/** Carries a use case's refusal from a route to the one place that turns refusals into problem answers. */
public final class RefusedRequestException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Refusal refusal;

    public RefusedRequestException(Refusal refusal) {
        super(Objects.requireNonNull(refusal, "refusal").detail(), null, false, false);
        this.refusal = refusal;
    }

    public Refusal refusal() {
        return refusal;
    }
}
