package dev.paybridge.application.port.in.tenant;

import dev.paybridge.domain.tenant.Tenant;

/** Creates a tenant with its sandbox and production environments (operator API). */
public interface CreateTenantUseCase {

    Tenant createTenant(String name);
}
