package dev.paybridge.bootstrap.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paybridge.bootstrap.testing.ApiClient;
import dev.paybridge.bootstrap.testing.ApiClient.Answer;
import dev.paybridge.bootstrap.testing.RunningService;
import dev.paybridge.bootstrap.testing.TenantFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TenancyApiIT {
    private static RunningService service;

    @BeforeAll
    static void startService() {
        service = RunningService.start();
    }

    @AfterAll
    static void stopService() {
        service.close();
    }

    @Test
    void creates_a_tenant_with_a_sandbox_and_a_production_environment() {
        Answer created = service.admin().post("/admin/v1/tenants", "{\"name\": \"Acme\"}");
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.text("id")).startsWith("tenant_");
        assertThat(created.text("name")).isEqualTo("Acme");
        assertThat(created.json().at("/environments/0/name").asText()).isEqualTo("sandbox");
        assertThat(created.json().at("/environments/1/name").asText()).isEqualTo("production");
        assertThat(created.json().at("/environments/0/id").asText()).startsWith("env_");
        assertThat(created.text("created_at")).endsWith("Z");
    }

    @Test
    void the_operator_api_needs_the_admin_token() {
        long before = service.count("tenants");
        ApiClient wrong = service.anonymous().withHeader("Authorization", "Bearer not-the-token");
        assertThat(wrong.post("/admin/v1/tenants", "{\"name\": \"x\"}").status()).isEqualTo(401);
        Answer missing = service.anonymous().post("/admin/v1/tenants", "{\"name\": \"x\"}");
        assertThat(missing.status()).isEqualTo(401);
        assertThat(missing.text("code")).isEqualTo("unauthorized");
        TenantFixture tenant = TenantFixture.create(service, "Acme");
        assertThat(tenant.sandbox().withHeader("Authorization", "Bearer " + "x")
                .post("/admin/v1/tenants", "{\"name\": \"x\"}").status()).as("an API key is no admin token")
                .isEqualTo(401);
        assertThat(service.count("tenants")).isEqualTo(before + 1);
    }

    @Test
    void refuses_a_tenant_without_a_name() {
        assertThat(service.admin().post("/admin/v1/tenants", "{}").json().at("/errors/name/0").asText())
                .isEqualTo("is required");
        assertThat(service.admin().post("/admin/v1/tenants", "{\"name\": \"  \"}").status()).isEqualTo(400);
        assertThat(service.admin().post("/admin/v1/tenants", "{\"name\": \"" + "n".repeat(201) + "\"}").status())
                .isEqualTo(400);
    }

    @Test
    void an_api_key_is_shown_once_works_for_its_environment_and_stops_at_revocation() {
        TenantFixture tenant = TenantFixture.create(service, "Acme");
        Answer issued = service.admin().post("/admin/v1/tenants/" + tenant.tenantId() + "/api-keys",
                "{\"environment_id\": \"" + tenant.sandboxId() + "\", \"name\": \"billing\"}");
        assertThat(issued.status()).isEqualTo(201);
        String key = issued.text("key");
        assertThat(issued.text("environment_id")).isEqualTo(tenant.sandboxId());
        long plaintextRows = service.query("SELECT count(*) FROM api_keys WHERE key_hash = '" + key + "'", rows -> {
            rows.next();
            return rows.getLong(1);
        });
        assertThat(plaintextRows).as("only the hash is stored").isZero();

        ApiClient client = service.tenant(key);
        assertThat(client.get("/v1/connections").status()).isEqualTo(200);
        assertThat(client.withHeader("X-Environment-ID", tenant.sandboxId()).get("/v1/connections").status())
                .isEqualTo(200);
        Answer otherEnvironment = client.withHeader("X-Environment-ID", tenant.productionId()).get("/v1/connections");
        assertThat(otherEnvironment.status()).isEqualTo(403);
        assertThat(otherEnvironment.text("code")).isEqualTo("forbidden");

        assertThat(service.admin().delete("/admin/v1/api-keys/" + issued.text("id")).status()).isEqualTo(204);
        Answer revoked = client.get("/v1/connections");
        assertThat(revoked.status()).isEqualTo(401);
        assertThat(revoked.text("code")).isEqualTo("unauthorized");
        assertThat(service.admin().delete("/admin/v1/api-keys/key_unknown").status()).isEqualTo(404);
    }

    @Test
    void a_key_is_only_issued_for_an_environment_of_the_tenant() {
        TenantFixture tenant = TenantFixture.create(service, "Acme");
        TenantFixture other = TenantFixture.create(service, "Other");
        Answer foreign = service.admin().post("/admin/v1/tenants/" + tenant.tenantId() + "/api-keys",
                "{\"environment_id\": \"" + other.sandboxId() + "\", \"name\": \"x\"}");
        assertThat(foreign.status()).isEqualTo(400);
        assertThat(foreign.json().at("/errors/environment_id")).isNotEmpty();
        assertThat(service.admin().post("/admin/v1/tenants/tenant_unknown/api-keys",
                "{\"environment_id\": \"" + tenant.sandboxId() + "\", \"name\": \"x\"}").status()).isEqualTo(404);
    }

    @Test
    void unknown_or_missing_api_keys_are_unauthorized() {
        assertThat(service.anonymous().get("/v1/connections").status()).isEqualTo(401);
        assertThat(service.tenant("pbk_made_up").get("/v1/connections").status()).isEqualTo(401);
    }
}
