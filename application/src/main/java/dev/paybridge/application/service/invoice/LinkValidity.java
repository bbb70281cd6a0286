package dev.paybridge.application.service.invoice;

import java.time.Duration;
import java.util.Objects;

/** How long a payment link stays payable when its invoice has no due date. */
public record LinkValidity(Duration value) {
    public LinkValidity {
        Objects.requireNonNull(value, "value");
    }
}
