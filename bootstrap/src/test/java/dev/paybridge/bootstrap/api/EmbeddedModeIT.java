package dev.paybridge.bootstrap.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paybridge.bootstrap.PaybridgeService;
import dev.paybridge.bootstrap.config.EnvironmentConfigLoader;
import dev.paybridge.bootstrap.testing.ApiClient;
import dev.paybridge.bootstrap.testing.TenantFixture;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedModeIT {

    @Test
    void starts_its_own_postgres_keeps_data_across_restarts_and_keeps_the_admin_token_in_a_private_file(
            @TempDir Path dataDir) throws Exception {
        Map<String, String> env = Map.of("PAYBRIDGE_DATA_DIR", dataDir.toString(), "PAYBRIDGE_HTTP_PORT", "0");
        String connectionId;
        String apiKey;
        PrintStream console = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try (PaybridgeService service = PaybridgeService.start(EnvironmentConfigLoader.load(env))) {
            String token = Files.readString(dataDir.resolve("admin-token")).trim();
            assertThat(token).startsWith("pba_");
            assertThat(captured.toString(StandardCharsets.UTF_8)).as("not a terminal: the token is not printed")
                    .doesNotContain(token);
            String base = "http://localhost:" + service.port();
            ApiClient admin = new ApiClient(base, List.of("Authorization", "Bearer " + token));
            ApiClient.Answer tenant = admin.post("/admin/v1/tenants", "{\"name\": \"Embedded\"}");
            apiKey = admin.post("/admin/v1/tenants/" + tenant.text("id") + "/api-keys",
                    "{\"environment_id\": \"" + tenant.json().at("/environments/0/id").asText()
                            + "\", \"name\": \"k\"}").text("key");
            connectionId = new ApiClient(base, List.of("x-api-key", apiKey)).post("/v1/connections",
                    TenantFixture.moyasarConnection("Kept", "sk_test_keptacrossrestart1")).text("id");
        } finally {
            System.setOut(console);
        }
        for (String secret : List.of("master-keyset.json", "admin-token", "admin-token.sha256")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir.resolve(secret))))
                    .as(secret).isEqualTo("rw-------");
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir))).isEqualTo("rwx------");
        assertThat(Files.readString(dataDir.resolve("admin-token.sha256"))).doesNotContain("pba_");

        ByteArrayOutputStream second = new ByteArrayOutputStream();
        System.setOut(new PrintStream(second, true, StandardCharsets.UTF_8));
        try (PaybridgeService restarted = PaybridgeService.start(EnvironmentConfigLoader.load(env))) {
            assertThat(second.toString(StandardCharsets.UTF_8)).doesNotContain("pba_");
            ApiClient.Answer kept = new ApiClient("http://localhost:" + restarted.port(), List.of("x-api-key", apiKey))
                    .get("/v1/connections/" + connectionId);
            assertThat(kept.status()).isEqualTo(200);
            assertThat(kept.json().at("/secrets/secret_key").asText()).isEqualTo("sk_test_****art1");
        } finally {
            System.setOut(console);
        }
    }
}
