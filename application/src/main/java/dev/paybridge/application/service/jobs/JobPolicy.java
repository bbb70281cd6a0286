package dev.paybridge.application.service.jobs;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How gateway jobs are paced: how long a worker may hold one ({@code lease}) and how retries back off after outcomes
 * nobody knows (exponential from {@code firstRetry} up to {@code longestRetry}, with jitter).
 */
public record JobPolicy(Duration lease, Duration firstRetry, Duration longestRetry) {
    public JobPolicy {
        Objects.requireNonNull(lease, "lease");
        Objects.requireNonNull(firstRetry, "firstRetry");
        Objects.requireNonNull(longestRetry, "longestRetry");
    }

    /**
     * A lease long enough for a find and a create, each waiting up to the gateway timeout for a call slot and taking
     * up to the timeout in flight, with a timeout and five seconds to spare; retries capped at five minutes.
     */
    public static JobPolicy of(Duration gatewayTimeout, Duration firstRetry) {
        return new JobPolicy(gatewayTimeout.multipliedBy(5).plusSeconds(5), firstRetry, Duration.ofMinutes(5));
    }

    /** The wait before the next try after {@code attempt} tries: doubling, capped, ±20 % jitter. */
    public Duration retryDelay(int attempt) {
        long base = firstRetry.toMillis() << Math.min(Math.max(attempt - 1, 0), 20);
        long capped = Math.min(base, longestRetry.toMillis());
        long jitter = capped / 5;
        return Duration.ofMillis(capped - jitter + ThreadLocalRandom.current().nextLong(2 * jitter + 1));
    }
}
