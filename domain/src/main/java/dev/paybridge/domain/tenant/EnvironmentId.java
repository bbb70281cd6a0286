package dev.paybridge.domain.tenant;

import dev.paybridge.domain.id.RandomIds;
import dev.paybridge.domain.id.TypedId;
import java.util.Optional;

/** Identifies an environment of a tenant ({@code env_…}). */
public record EnvironmentId(String value) {
    public static final String PREFIX = "env";

    public EnvironmentId {
        TypedId.require(value, PREFIX);
    }

    public static EnvironmentId generate() {
        return new EnvironmentId(RandomIds.next(PREFIX));
    }

    public static Optional<EnvironmentId> parse(String value) {
        return TypedId.parse(value, PREFIX, EnvironmentId::new);
    }

    @Override
    public String toString() {
        return value;
    }
}
