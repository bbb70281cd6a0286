package dev.paybridge.testing.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paybridge.domain.tenant.EnvironmentId;
import dev.paybridge.domain.tenant.EnvironmentName;
import dev.paybridge.domain.tenant.Tenant;
import dev.paybridge.domain.tenant.TenantId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What every {@code TenantRepository} does. */
public abstract class TenantRepositoryContract extends PersistenceContract {

    @Test
    void stores_a_tenant_with_its_sandbox_and_production() {
        Tenant tenant = newTenant();
        Tenant found = ports().tenants().find(tenant.id()).orElseThrow();
        assertThat(found).isEqualTo(tenant);
        assertThat(found.environments()).extracting(environment -> environment.name())
                .containsExactly(EnvironmentName.SANDBOX, EnvironmentName.PRODUCTION);
    }

    @Test
    void finds_an_environment_only_under_its_own_tenant() {
        Tenant tenant = newTenant();
        Tenant other = newTenant();
        EnvironmentId sandbox = tenant.environments().get(0).id();
        assertThat(ports().tenants().findEnvironment(tenant.id(), sandbox)).contains(tenant.environments().get(0));
        assertThat(ports().tenants().findEnvironment(other.id(), sandbox)).isEmpty();
        assertThat(ports().tenants().findEnvironment(tenant.id(), EnvironmentId.generate())).isEmpty();
    }

    @Test
    void an_unknown_tenant_is_not_found() {
        assertThat(ports().tenants().find(TenantId.generate())).isEmpty();
    }

    @Test
    void a_tenant_id_is_stored_once() {
        Tenant tenant = newTenant();
        Tenant again = new Tenant(tenant.id(), "Impostor", List.of(), now);
        assertThatThrownBy(() -> ports().tenants().insert(again)).isInstanceOf(RuntimeException.class);
        assertThat(ports().tenants().find(tenant.id()).orElseThrow().name()).isEqualTo("Acme");
    }

    @Test
    void keeps_times_to_the_microsecond_rounding_half_up_as_postgresql_does() {
        Tenant tenant = Tenant.create("Acme", now.plusNanos(1_234_567_891));
        ports().tenants().insert(tenant);
        assertThat(ports().tenants().find(tenant.id()).orElseThrow().createdAt())
                .isEqualTo(now.plusNanos(1_234_568_000));
    }
}
