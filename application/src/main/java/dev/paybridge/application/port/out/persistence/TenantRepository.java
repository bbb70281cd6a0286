package dev.paybridge.application.port.out.persistence;

import dev.paybridge.domain.tenant.Environment;
import dev.paybridge.domain.tenant.EnvironmentId;
import dev.paybridge.domain.tenant.Tenant;
import dev.paybridge.domain.tenant.TenantId;
import java.util.Optional;

/** Stores tenants and their environments. */
public interface TenantRepository {

    void insert(Tenant tenant);

    Optional<Tenant> find(TenantId id);

    Optional<Environment> findEnvironment(TenantId tenantId, EnvironmentId environmentId);
}
