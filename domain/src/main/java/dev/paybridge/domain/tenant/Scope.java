package dev.paybridge.domain.tenant;

import java.util.Objects;

/** The tenant and environment a request acts in: every tenant-owned read and write is confined to one scope. */
public record Scope(TenantId tenantId, EnvironmentId environmentId) {
    public Scope {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(environmentId, "environmentId");
    }
}
