package dev.paybridge.bootstrap.testing;

import static org.assertj.core.api.Assertions.assertThat;

/** A tenant with an API key for each of its environments, made through the operator API. */
public record TenantFixture(String tenantId, String sandboxId, String productionId, ApiClient sandbox,
        ApiClient production) {

    public static TenantFixture create(RunningService service, String name) {
        ApiClient.Answer tenant = service.admin().post("/admin/v1/tenants", "{\"name\": \"" + name + "\"}");
        assertThat(tenant.status()).as(tenant.toString()).isEqualTo(201);
        String tenantId = tenant.text("id");
        String sandboxId = tenant.json().at("/environments/0/id").asText();
        String productionId = tenant.json().at("/environments/1/id").asText();
        return new TenantFixture(tenantId, sandboxId, productionId,
                service.tenant(issueKey(service, tenantId, sandboxId)),
                service.tenant(issueKey(service, tenantId, productionId)));
    }

    public static String issueKey(RunningService service, String tenantId, String environmentId) {
        ApiClient.Answer key = service.admin().post("/admin/v1/tenants/" + tenantId + "/api-keys",
                "{\"environment_id\": \"" + environmentId + "\", \"name\": \"tests\"}");
        assertThat(key.status()).as(key.toString()).isEqualTo(201);
        return key.text("key");
    }

    /** A valid Moyasar connection request body with the given name and secret key. */
    public static String moyasarConnection(String name, String secretKey) {
        return """
                {"name": "%s", "provider_type": "moyasar",
                 "encrypted_secret_data": {"secret_key": "%s", "publishable_key": "pk_test_publishable9f8e",
                                           "webhook_secret": "whsec_shared_secret_42"},
                 "metadata": {"success_url": "https://shop.test/ok", "back_url": "https://shop.test/back"},
                 "sync_config": {"invoice": {"inbound": false, "outbound": true}}}
                """.formatted(name, secretKey);
    }
}
