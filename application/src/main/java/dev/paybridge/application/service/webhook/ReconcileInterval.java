package dev.paybridge.application.service.webhook;

import java.time.Duration;
import java.util.Objects;

/** How long an open payment link waits between two looks at the gateway. */
public record ReconcileInterval(Duration value) {
    public ReconcileInterval {
        Objects.requireNonNull(value, "value");
    }
}
