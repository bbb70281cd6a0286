package dev.paybridge.application.port.in.tenant;

import dev.paybridge.application.outcome.Outcome;
import dev.paybridge.domain.tenant.Tenant;

/** Creates a tenant with its sandbox and production environments (operator API). */
public interface CreateTenantUseCase {

    Outcome<Tenant> createTenant(CreateTenantCommand command);
}
