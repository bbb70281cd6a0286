package dev.paybridge.domain.tenant;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** A customer of paybridge (a billing platform's tenant) with its sandbox and production environments. */
public record Tenant(TenantId id, String name, List<Environment> environments, Instant createdAt) {
    public static final int MAX_NAME_LENGTH = 200;

    public Tenant {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(createdAt, "createdAt");
        environments = List.copyOf(environments);
    }

    /** A new tenant with one fresh environment of each name. */
    public static Tenant create(String name, Instant now) {
        TenantId id = TenantId.generate();
        List<Environment> environments = Arrays.stream(EnvironmentName.values())
                .map(environmentName -> new Environment(EnvironmentId.generate(), id, environmentName))
                .toList();
        return new Tenant(id, name, environments, now);
    }
}
