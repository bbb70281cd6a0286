package dev.paybridge.adapters.persistence.tenant;

import static dev.paybridge.adapters.persistence.generated.Tables.ENVIRONMENTS;
import static dev.paybridge.adapters.persistence.generated.Tables.TENANTS;

import dev.paybridge.adapters.persistence.generated.tables.records.EnvironmentsRecord;
import dev.paybridge.adapters.persistence.jooq.Timestamps;
import dev.paybridge.application.port.out.persistence.TenantRepository;
import dev.paybridge.domain.tenant.Environment;
import dev.paybridge.domain.tenant.EnvironmentId;
import dev.paybridge.domain.tenant.EnvironmentName;
import dev.paybridge.domain.tenant.Tenant;
import dev.paybridge.domain.tenant.TenantId;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jooq.DSLContext;

/** Tenants and their environments in PostgreSQL. */
public final class JooqTenantRepository implements TenantRepository {
    private final DSLContext dsl;

    @Inject
    public JooqTenantRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void insert(Tenant tenant) {
        dsl.transaction(() -> {
            dsl.insertInto(TENANTS)
                    .set(TENANTS.ID, tenant.id().value())
                    .set(TENANTS.NAME, tenant.name())
                    .set(TENANTS.CREATED_AT, Timestamps.toColumn(tenant.createdAt()))
                    .execute();
            for (Environment environment : tenant.environments()) {
                dsl.insertInto(ENVIRONMENTS)
                        .set(ENVIRONMENTS.TENANT_ID, tenant.id().value())
                        .set(ENVIRONMENTS.ID, environment.id().value())
                        .set(ENVIRONMENTS.NAME, environment.name().wireName())
                        .execute();
            }
        });
    }

    @Override
    public Optional<Tenant> find(TenantId id) {
        return dsl.selectFrom(TENANTS).where(TENANTS.ID.eq(id.value())).fetchOptional().map(row -> {
            List<Environment> environments = dsl.selectFrom(ENVIRONMENTS)
                    .where(ENVIRONMENTS.TENANT_ID.eq(id.value()))
                    .orderBy(ENVIRONMENTS.NAME.desc())
                    .fetch(JooqTenantRepository::environment);
            return new Tenant(id, row.getName(), environments, Timestamps.fromColumn(row.getCreatedAt()));
        });
    }

    @Override
    public Optional<Environment> findEnvironment(TenantId tenantId, EnvironmentId environmentId) {
        return dsl.selectFrom(ENVIRONMENTS)
                .where(ENVIRONMENTS.TENANT_ID.eq(tenantId.value()), ENVIRONMENTS.ID.eq(environmentId.value()))
                .fetchOptional()
                .map(JooqTenantRepository::environment);
    }

    private static Environment environment(EnvironmentsRecord row) {
        return new Environment(new EnvironmentId(row.getId()), new TenantId(row.getTenantId()),
                EnvironmentName.valueOf(row.getName().toUpperCase(Locale.ROOT)));
    }
}
