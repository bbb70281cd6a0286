package dev.paybridge.bootstrap.api;

import static dev.paybridge.bootstrap.testing.TenantFixture.moyasarConnection;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.paybridge.bootstrap.testing.ApiClient;
import dev.paybridge.bootstrap.testing.ApiClient.Answer;
import dev.paybridge.bootstrap.testing.RunningService;
import dev.paybridge.bootstrap.testing.TenantFixture;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ConnectionsApiIT {
    private static final String SECRET_KEY = "sk_test_verysecretvalue1a2b";
    private static RunningService service;
    private TenantFixture tenant;
    private ApiClient api;

    @BeforeAll
    static void startService() {
        service = RunningService.start();
    }

    @AfterAll
    static void stopService() {
        service.close();
    }

    @BeforeEach
    void createTenant() {
        tenant = TenantFixture.create(service, "Acme");
        api = tenant.sandbox();
    }

    @Test
    void creates_a_connection_and_shows_its_secrets_only_masked() {
        Answer created = api.post("/v1/connections", moyasarConnection("Moyasar KSA", SECRET_KEY));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode json = created.json();
        assertThat(json.get("id").asText()).startsWith("conn_");
        assertThat(json.get("provider_type").asText()).isEqualTo("moyasar");
        assertThat(json.get("status").asText()).isEqualTo("active");
        assertThat(json.get("mode").asText()).isEqualTo("test");
        assertThat(json.get("tenant_id").asText()).isEqualTo(tenant.tenantId());
        assertThat(json.get("environment_id").asText()).isEqualTo(tenant.sandboxId());
        assertThat(json.at("/secrets/secret_key").asText()).isEqualTo("sk_test_****1a2b");
        assertThat(json.at("/secrets/publishable_key").asText()).isEqualTo("pk_test_****9f8e");
        assertThat(json.at("/secrets/webhook_secret").asText()).isEqualTo("********");
        assertThat(json.get("webhook_url").asText()).isEqualTo("https://paybridge.example.test/v1/webhooks/moyasar/"
                + tenant.tenantId() + "/" + tenant.sandboxId());
        assertThat(json.at("/metadata/success_url").asText()).isEqualTo("https://shop.test/ok");
        assertThat(json.at("/sync_config/invoice/outbound").asBoolean()).isTrue();
        assertThat(json.has("last_test")).isTrue();
        assertThat(json.get("last_test").isNull()).isTrue();
        assertThat(created.body()).doesNotContain(SECRET_KEY, "whsec_shared_secret_42", "pk_test_publishable9f8e");

        Answer fetched = api.get("/v1/connections/" + json.get("id").asText());
        assertThat(fetched.json()).isEqualTo(json);
    }

    @Test
    void no_plaintext_secret_is_stored_in_any_column() {
        api.post("/v1/connections", moyasarConnection("Moyasar KSA", SECRET_KEY));
        String everything = service.query("SELECT string_agg(c::text, '|') FROM connections c", rows -> {
            rows.next();
            return rows.getString(1);
        });
        byte[] sealed = service.query("SELECT sealed_secrets FROM connections LIMIT 1", rows -> {
            rows.next();
            return rows.getBytes(1);
        });
        assertThat(everything).doesNotContain(SECRET_KEY, "whsec_shared_secret_42", "verysecretvalue");
        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("verysecretvalue", "whsec_shared");
    }

    @Test
    void a_second_active_connection_of_the_same_provider_is_refused_until_the_first_is_archived() {
        String first = api.post("/v1/connections", moyasarConnection("First", SECRET_KEY)).text("id");
        Answer second = api.post("/v1/connections", moyasarConnection("Second", SECRET_KEY));
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.text("code")).isEqualTo("already_exists");

        assertThat(api.delete("/v1/connections/" + first).status()).isEqualTo(204);
        Answer archived = api.get("/v1/connections/" + first);
        assertThat(archived.text("status")).isEqualTo("archived");
        assertThat(api.post("/v1/connections", moyasarConnection("Second", SECRET_KEY)).status()).isEqualTo(201);
        assertThat(tenant.production().post("/v1/connections", moyasarConnection("Prod", SECRET_KEY)).status())
                .as("the other environment has its own slot").isEqualTo(201);
    }

    @Test
    void lists_active_connections_and_archived_ones_only_when_asked() {
        String archivedId = api.post("/v1/connections", moyasarConnection("Old", SECRET_KEY)).text("id");
        api.delete("/v1/connections/" + archivedId);
        String activeId = api.post("/v1/connections", moyasarConnection("New", SECRET_KEY)).text("id");

        Answer active = api.get("/v1/connections?provider_type=moyasar");
        assertThat(active.json().at("/pagination/total").asLong()).isEqualTo(1);
        assertThat(active.json().at("/items/0/id").asText()).isEqualTo(activeId);
        assertThat(active.json().at("/pagination/limit").asInt()).isEqualTo(20);
        Answer archived = api.get("/v1/connections?status=archived");
        assertThat(archived.json().at("/items/0/id").asText()).isEqualTo(archivedId);
        assertThat(api.get("/v1/connections?status=deleted").json().at("/errors/status")).isNotEmpty();
        assertThat(api.get("/v1/connections?limit=101").status()).isEqualTo(400);
        assertThat(api.get("/v1/connections?offset=-1").json().at("/errors/offset")).isNotEmpty();
        assertThat(api.get("/v1/connections?limit=abc").status()).isEqualTo(400);
    }

    @Test
    void rotates_only_the_secret_fields_sent() {
        String id = api.post("/v1/connections", moyasarConnection("Moyasar", SECRET_KEY)).text("id");
        Answer rotated = api.put("/v1/connections/" + id,
                "{\"encrypted_secret_data\": {\"secret_key\": \"sk_test_rotatedsecret77zz\"}, \"name\": \"Renamed\"}");
        assertThat(rotated.status()).as(rotated.toString()).isEqualTo(200);
        assertThat(rotated.json().at("/secrets/secret_key").asText()).isEqualTo("sk_test_****77zz");
        assertThat(rotated.json().at("/secrets/publishable_key").asText()).isEqualTo("pk_test_****9f8e");
        assertThat(rotated.json().at("/secrets/webhook_secret").asText()).isEqualTo("********");
        assertThat(rotated.text("name")).isEqualTo("Renamed");
        assertThat(rotated.json().at("/metadata/success_url").asText()).as("unchanged").isEqualTo("https://shop.test/ok");

        Answer modeMismatch = api.put("/v1/connections/" + id,
                "{\"encrypted_secret_data\": {\"secret_key\": \"sk_live_livesecretkey1234\"}}");
        assertThat(modeMismatch.status()).isEqualTo(400);
        assertThat(modeMismatch.json().at("/errors/encrypted_secret_data.publishable_key")).isNotEmpty();
        assertThat(api.get("/v1/connections/" + id).json().at("/secrets/secret_key").asText())
                .as("a refused rotation changes nothing").isEqualTo("sk_test_****77zz");
    }

    @Test
    void an_archived_connection_cannot_be_changed() {
        String id = api.post("/v1/connections", moyasarConnection("Moyasar", SECRET_KEY)).text("id");
        api.delete("/v1/connections/" + id);
        Answer update = api.put("/v1/connections/" + id, "{\"name\": \"again\"}");
        assertThat(update.status()).isEqualTo(409);
        assertThat(update.text("code")).isEqualTo("invalid_state");
    }

    @Test
    void names_with_sql_and_script_text_are_stored_verbatim_and_returned_as_escaped_json() {
        String name = "Robert'); DROP TABLE connections;-- <script>alert(\\\"x\\\")</script>";
        Answer created = api.post("/v1/connections", moyasarConnection(name, SECRET_KEY));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.text("name")).isEqualTo("Robert'); DROP TABLE connections;-- <script>alert(\"x\")</script>");
        assertThat(created.contentType()).startsWith("application/json");
        assertThat(service.count("connections")).isPositive();
    }

    @Test
    void another_tenants_or_environments_connection_answers_not_found_on_every_route() {
        String id = api.post("/v1/connections", moyasarConnection("Mine", SECRET_KEY)).text("id");
        TenantFixture other = TenantFixture.create(service, "Other");
        for (ApiClient stranger : new ApiClient[] {other.sandbox(), tenant.production()}) {
            assertThat(stranger.get("/v1/connections/" + id).status()).isEqualTo(404);
            assertThat(stranger.put("/v1/connections/" + id, "{\"name\": \"stolen\"}").status()).isEqualTo(404);
            assertThat(stranger.delete("/v1/connections/" + id).status()).isEqualTo(404);
            assertThat(stranger.get("/v1/connections").json().at("/pagination/total").asLong()).isZero();
        }
        Answer mine = api.get("/v1/connections/" + id);
        assertThat(mine.text("name")).isEqualTo("Mine");
        assertThat(mine.text("status")).isEqualTo("active");
        assertThat(api.get("/v1/connections/conn_doesnotexist").text("code")).isEqualTo("not_found");
    }

    @Test
    void refuses_bad_input_field_by_field_and_stores_nothing() {
        long before = service.count("connections");
        assertValidationError(api.post("/v1/connections", "{\"name\": "), "body");
        assertValidationError(api.post("/v1/connections", "[1, 2]"), "body");
        assertValidationError(api.post("/v1/connections", ""), "body");
        assertValidationError(api.post("/v1/connections", "{\"name\": 42, \"provider_type\": \"moyasar\", "
                + "\"encrypted_secret_data\": {\"secret_key\": \"" + SECRET_KEY + "\", \"webhook_secret\": \"whsec_123456\"}}"),
                "name");
        assertValidationError(api.post("/v1/connections", "{\"name\": \"x\", \"provider_type\": \"moyasar\", "
                + "\"encrypted_secret_data\": [\"" + SECRET_KEY + "\"]}"), "encrypted_secret_data");
        Answer unknownProvider = api.post("/v1/connections", "{\"name\": \"x\", \"provider_type\": \"stripe\", "
                + "\"encrypted_secret_data\": {}}");
        assertValidationError(unknownProvider, "provider_type");
        assertThat(unknownProvider.json().at("/errors/provider_type/0").asText()).contains("moyasar");
        Answer publishableAsSecret = api.post("/v1/connections", "{\"name\": \"x\", \"provider_type\": \"moyasar\", "
                + "\"encrypted_secret_data\": {\"secret_key\": \"pk_test_abcdefgh12345678\"}}");
        assertValidationError(publishableAsSecret, "encrypted_secret_data.secret_key");
        assertValidationError(publishableAsSecret, "encrypted_secret_data.webhook_secret");
        assertThat(publishableAsSecret.body()).doesNotContain("abcdefgh12345678");
        assertValidationError(api.post("/v1/connections", "{\"name\": \"x\", \"provider_type\": \"moyasar\", "
                + "\"encrypted_secret_data\": {\"secret_key\": \"" + SECRET_KEY + "\", \"webhook_secret\": \"whsec_123456\", "
                + "\"api_password\": \"x\"}}"), "encrypted_secret_data.api_password");
        assertValidationError(api.post("/v1/connections", "{\"name\": \"x\", \"provider_type\": \"moyasar\", "
                + "\"encrypted_secret_data\": {\"secret_key\": \"" + SECRET_KEY + "\", \"webhook_secret\": \"whsec_123456\"}, "
                + "\"sync_config\": {\"invoice\": {\"outbound\": \"yes\"}}}"), "sync_config.invoice.outbound");
        assertValidationError(api.post("/v1/connections", "{\"name\": \"x\", \"name\": \"y\"}"), "body");

        Answer oversized = api.post("/v1/connections", "{\"name\": \"" + "x".repeat(1024 * 1024 + 1) + "\"}");
        assertThat(oversized.status()).isEqualTo(413);
        assertThat(oversized.text("code")).isEqualTo("payload_too_large");
        Answer notJson = api.send("POST", "/v1/connections", "name=x", "text/plain");
        assertThat(notJson.status()).isEqualTo(415);
        assertThat(notJson.contentType()).startsWith("application/problem+json");

        assertThat(service.count("connections")).isEqualTo(before);
    }

    private static void assertValidationError(Answer answer, String field) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.text("code")).isEqualTo("validation_error");
        assertThat(answer.json().path("errors").path(field).isArray()).as(answer.toString()).isTrue();
        assertThat(answer.body()).doesNotContain("Exception", "\tat ");
    }
}
