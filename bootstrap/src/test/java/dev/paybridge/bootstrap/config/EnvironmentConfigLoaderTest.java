package dev.paybridge.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paybridge.adapters.moyasar.MoyasarProvider;
import dev.paybridge.bootstrap.plugins.GatewayPluginSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EnvironmentConfigLoaderTest {

    @Test
    void defaults_run_embedded_on_port_8080_against_the_real_moyasar() {
        PaybridgeConfig config = EnvironmentConfigLoader.load(Map.of());
        assertThat(config.httpPort()).isEqualTo(8080);
        assertThat(config.embeddedDatabase()).isTrue();
        assertThat(config.dataDir()).isEqualTo(Path.of(".paybridge"));
        assertThat(config.publicBaseUrl(8080)).isEqualTo("http://localhost:8080");
        assertThat(config.gatewayTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(config.databasePoolSize()).isEqualTo(10);
    }

    @Test
    void reads_every_variable() {
        PaybridgeConfig config = EnvironmentConfigLoader.load(Map.of(
                "PAYBRIDGE_HTTP_PORT", "9000",
                "PAYBRIDGE_DATABASE_URL", "jdbc:postgresql://db:5432/paybridge",
                "PAYBRIDGE_DATA_DIR", "/var/lib/paybridge",
                "PAYBRIDGE_ADMIN_TOKEN", "0123456789abcdef",
                "PAYBRIDGE_PUBLIC_BASE_URL", "https://pay.example.com/",
                "PAYBRIDGE_MOYASAR_BASE_URL", "http://localhost:9090/v1",
                "PAYBRIDGE_GATEWAY_TIMEOUT", "500ms",
                "PAYBRIDGE_DATABASE_POOL_SIZE", "24"));
        assertThat(config.httpPort()).isEqualTo(9000);
        assertThat(config.embeddedDatabase()).isFalse();
        assertThat(config.adminToken()).contains("0123456789abcdef");
        assertThat(config.publicBaseUrl(9000)).isEqualTo("https://pay.example.com");
        assertThat(config.variables()).containsEntry("PAYBRIDGE_MOYASAR_BASE_URL", "http://localhost:9090/v1");
        assertThat(config.gatewayTimeout()).isEqualTo(Duration.ofMillis(500));
        assertThat(config.databasePoolSize()).isEqualTo(24);
    }

    @ParameterizedTest
    @CsvSource({
        "PAYBRIDGE_HTTP_PORT, eighty",
        "PAYBRIDGE_HTTP_PORT, 70000",
        "PAYBRIDGE_DATABASE_URL, postgres://db/paybridge",
        "PAYBRIDGE_ADMIN_TOKEN, short",
        "PAYBRIDGE_MASTER_KEYSET, /does/not/exist.json",
        "PAYBRIDGE_PUBLIC_BASE_URL, ftp://example.com",
        "PAYBRIDGE_PUBLIC_BASE_URL, not a url",
        "PAYBRIDGE_PLUGINS_DIR, /does/not/exist",
        "PAYBRIDGE_GATEWAY_TIMEOUT, 10 seconds",
        "PAYBRIDGE_DATABASE_POOL_SIZE, 0",
        "PAYBRIDGE_SYNC_WORKERS, many"})
    void a_wrong_value_stops_start_up_naming_the_variable(String variable, String value) {
        assertThatThrownBy(() -> EnvironmentConfigLoader.load(Map.of(variable, value)))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith(variable + ":");
    }

    @ParameterizedTest
    @CsvSource({"api.moyasar.com", "ftp://api.moyasar.com/v1", "https://api.moyasar.com/v1?x=1"})
    void a_wrong_moyasar_base_url_stops_start_up_naming_the_variable(String value) {
        PaybridgeConfig config = EnvironmentConfigLoader.load(Map.of("PAYBRIDGE_MOYASAR_BASE_URL", value));
        assertThatThrownBy(() -> GatewayPluginSettings.configure(List.of(new MoyasarProvider()), config))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("PAYBRIDGE_MOYASAR_BASE_URL:");
    }

    @Test
    void an_external_database_needs_an_admin_token_and_a_keyset() {
        PaybridgeConfig config = EnvironmentConfigLoader.load(Map.of("PAYBRIDGE_DATABASE_URL", "jdbc:postgresql://db/p"));
        assertThatThrownBy(() -> LocalSecrets.adminTokenHash(config)).hasMessageStartingWith("PAYBRIDGE_ADMIN_TOKEN:");
        assertThatThrownBy(() -> LocalSecrets.masterKeyset(config)).hasMessageStartingWith("PAYBRIDGE_MASTER_KEYSET:");
    }
}
