package dev.paybridge.domain.tenant;

import java.util.Objects;

/** One of a tenant's environments; connections, keys and invoices live in exactly one. */
public record Environment(EnvironmentId id, TenantId tenantId, EnvironmentName name) {
    public Environment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(name, "name");
    }

    public Scope scope() {
        return new Scope(tenantId, id);
    }
}
