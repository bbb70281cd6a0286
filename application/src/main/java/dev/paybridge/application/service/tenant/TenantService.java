package dev.paybridge.application.service.tenant;

import dev.paybridge.application.outcome.Outcome;
import dev.paybridge.application.port.in.tenant.CreateTenantCommand;
import dev.paybridge.application.port.in.tenant.CreateTenantUseCase;
import dev.paybridge.application.port.out.persistence.TenantRepository;
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
    public Outcome<Tenant> createTenant(CreateTenantCommand command) {
        Tenant tenant = Tenant.create(command.name(), clock.instant());
        tenants.insert(tenant);
        return Outcome.done(tenant);
    }
}
