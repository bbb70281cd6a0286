package dev.paybridge.testing.fakes;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Instants as PostgreSQL keeps them: microseconds, the nanoseconds rounded half up as the JDBC driver sends them. */
final class Micros {
    private Micros() {
    }

    static Instant of(Instant instant) {
        if (instant == null) {
            return null;
        }
        Instant rounded = instant.getNano() % 1_000 >= 500 ? instant.plusNanos(1_000) : instant;
        return rounded.truncatedTo(ChronoUnit.MICROS);
    }
}
