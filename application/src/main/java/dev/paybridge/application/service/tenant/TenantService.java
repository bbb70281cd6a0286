package dev.paybridge.application.service.tenant;

import dev.paybridge.application.port.in.tenant.CreateTenantUseCase;
import dev.paybridge.application.port.out.persistence.TenantRepository;
import dev.paybridge.application.problem.FieldErrors;
import dev.paybridge.application.problem.TextRules;
import dev.paybridge.domain.tenant.Tenant;
import jakarta.inject.Inject;
import java.time.Clock;

/** Creates tenants. */
public final class TenantService implements CreateTenantUseCase {
    private final TenantRepository tenants;
    private final Clock clock;

    @Inject
    public TenantService(TenantRepository tenants, Clock clock) {
        this.tenants = tenants;
        this.clock = clock;
    }

    @Override
    public Tenant createTenant(String name) {
        FieldErrors errors = new FieldErrors();
        TextRules.checkName(errors, "name", name, Tenant.MAX_NAME_LENGTH);
        errors.throwIfAny();
        Tenant tenant = Tenant.create(name, clock.instant());
        tenants.insert(tenant);
        return tenant;
    }
}
