package dev.paybridge.adapters.persistence.jooq;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Converts between the model's instants and the UTC timestamps stored in PostgreSQL. */
public final class Timestamps {
    private Timestamps() {
    }

    public static OffsetDateTime toColumn(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    public static Instant fromColumn(OffsetDateTime timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
