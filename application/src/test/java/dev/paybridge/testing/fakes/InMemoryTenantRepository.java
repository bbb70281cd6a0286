package dev.paybridge.testing.fakes;

import dev.paybridge.application.port.out.persistence.TenantRepository;
import dev.paybridge.domain.tenant.Environment;
import dev.paybridge.domain.tenant.EnvironmentId;
import dev.paybridge.domain.tenant.Tenant;
import dev.paybridge.domain.tenant.TenantId;
import java.util.Comparator;
import java.util.Optional;

/** Tenants and their environments in memory; ids are unique as the primary keys make them. */
public final class InMemoryTenantRepository implements TenantRepository {
    private final InMemoryStore store;

    public InMemoryTenantRepository(InMemoryStore store) {
        this.store = store;
    }

    @Override
    public void insert(Tenant tenant) {
        store.transaction(() -> {
            if (store.tenants.contains(tenant.id().value())) {
                throw new ConstraintViolation("tenants_pkey");
            }
            store.tenants.put(tenant.id().value(), new Tenant(tenant.id(), tenant.name(), tenant.environments(),
                    Micros.of(tenant.createdAt())));
            for (Environment environment : tenant.environments()) {
                if (store.environments.contains(environment.id().value())) {
                    throw new ConstraintViolation("environments_id_uk");
                }
                store.environments.put(environment.id().value(), environment);
            }
            return null;
        });
    }

    @Override
    public Optional<Tenant> find(TenantId id) {
        return store.statement(() -> store.tenants.get(id.value()).map(tenant -> new Tenant(tenant.id(), tenant.name(),
                store.environments.where(environment -> environment.tenantId().equals(id)).stream()
                        .sorted(Comparator.comparing((Environment e) -> e.name().wireName()).reversed()).toList(),
                tenant.createdAt())));
    }

    @Override
    public Optional<Environment> findEnvironment(TenantId tenantId, EnvironmentId environmentId) {
        return store.statement(() -> store.environments.get(environmentId.value())
                .filter(environment -> environment.tenantId().equals(tenantId)));
    }
}
