package dev.paybridge.application.service.invoice;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How gateway jobs are paced: how long a worker may hold one ({@code lease}), how retries back off after UNKNOWN
 * outcomes (exponential from {@code firstRetry} up to {@code longestRetry}, with jitter), and how long a payment link
 * stays valid when the invoice has no due date.
 */
public record SyncPolicy(Duration lease, Duration firstRetry, Duration longestRetry, Duration linkValidity) {
    public SyncPolicy {
        Objects.requireNonNull(lease, "lease");
        Objects.requireNonNull(firstRetry, "firstRetry");
        Objects.requireNonNull(longestRetry, "longestRetry");
        Objects.requireNonNull(linkValidity, "linkValidity");
    }

    /** A lease long enough for a find and a create at the gateway timeout each, retries capped at five minutes. */
    public static SyncPolicy of(Duration gatewayTimeout, Duration firstRetry, Duration linkValidity) {
        return new SyncPolicy(gatewayTimeout.multipliedBy(3).plusSeconds(5), firstRetry, Duration.ofMinutes(5),
                linkValidity);
    }

    /** The wait before the next try after {@code attempt} tries: doubling, capped, ±20 % jitter. */
    public Duration retryDelay(int attempt) {
        long base = firstRetry.toMillis() << Math.min(Math.max(attempt - 1, 0), 20);
        long capped = Math.min(base, longestRetry.toMillis());
        long jitter = capped / 5;
        return Duration.ofMillis(capped - jitter + ThreadLocalRandom.current().nextLong(2 * jitter + 1));
    }
}
