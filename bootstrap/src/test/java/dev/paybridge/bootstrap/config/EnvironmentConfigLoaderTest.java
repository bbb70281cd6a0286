package dev.paybridge.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paybridge.adapters.moyasar.MoyasarProvider;
import dev.paybridge.bootstrap.plugins.GatewayPluginSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
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
        assertThat(config.bindAddress()).isEqualTo("127.0.0.1");
        assertThat(config.metricsToken()).isEmpty();
        assertThat(config.allowInsecureHttp()).isFalse();
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
                "PAYBRIDGE_DATABASE_POOL_SIZE", "24",
                "PAYBRIDGE_BIND_ADDRESS", "0.0.0.0",
                "PAYBRIDGE_METRICS_TOKEN", "metrics-token-0123456789"));
        assertThat(config.httpPort()).isEqualTo(9000);
        assertThat(config.embeddedDatabase()).isFalse();
        assertThat(config.adminToken()).contains("0123456789abcdef");
        assertThat(config.publicBaseUrl(9000)).isEqualTo("https://pay.example.com");
        assertThat(config.variables()).containsEntry("PAYBRIDGE_MOYASAR_BASE_URL", "http://localhost:9090/v1");
        assertThat(config.gatewayTimeout()).isEqualTo(Duration.ofMillis(500));
        assertThat(config.databasePoolSize()).isEqualTo(24);
        assertThat(config.bindAddress()).isEqualTo("0.0.0.0");
        assertThat(config.metricsToken()).contains("metrics-token-0123456789");
    }

    @ParameterizedTest
    @CsvSource({"127.0.0.1", "0.0.0.0", "10.1.2.3", "::1", "::", "fe80::1", "localhost"})
    void binds_to_an_ip_address(String address) {
        assertThat(EnvironmentConfigLoader.load(Map.of("PAYBRIDGE_BIND_ADDRESS", address)).bindAddress())
                .isEqualTo(address);
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
        "PAYBRIDGE_SYNC_WORKERS, many",
        "PAYBRIDGE_BIND_ADDRESS, 256.0.0.1",
        "PAYBRIDGE_BIND_ADDRESS, 0.0.0.0:8080",
        "PAYBRIDGE_BIND_ADDRESS, paybridge.example.com",
        "PAYBRIDGE_BIND_ADDRESS, ::g",
        "PAYBRIDGE_METRICS_TOKEN, short",
        "PAYBRIDGE_ALLOW_INSECURE_HTTP, yes"})
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

    @ParameterizedTest
    @CsvSource({"https://api.moyasar.com/v1", "http://localhost:9090/v1", "http://127.0.0.1:9090/v1/",
        "http://[::1]:9090/v1"})
    void a_gateway_url_is_https_or_plain_http_to_this_host(String value) {
        PaybridgeConfig config = EnvironmentConfigLoader.load(Map.of("PAYBRIDGE_MOYASAR_BASE_URL", value));
        assertThatCode(() -> GatewayPluginSettings.configure(List.of(new MoyasarProvider()), config))
                .doesNotThrowAnyException();
    }

    @ParameterizedTest
    @CsvSource({"http://api.moyasar.com/v1", "http://10.0.0.5:9090/v1", "http://localhost.example.com/v1"})
    void a_plain_http_gateway_url_to_another_host_stops_start_up_unless_allowed(String value) {
        PaybridgeConfig refused = EnvironmentConfigLoader.load(Map.of("PAYBRIDGE_MOYASAR_BASE_URL", value));
        assertThatThrownBy(() -> GatewayPluginSettings.configure(List.of(new MoyasarProvider()), refused))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("PAYBRIDGE_MOYASAR_BASE_URL:")
                .hasMessageContaining("PAYBRIDGE_ALLOW_INSECURE_HTTP");

        PaybridgeConfig allowed = EnvironmentConfigLoader.load(Map.of("PAYBRIDGE_MOYASAR_BASE_URL", value,
                "PAYBRIDGE_ALLOW_INSECURE_HTTP", "TRUE"));
        assertThat(allowed.allowInsecureHttp()).isTrue();
        assertThatCode(() -> GatewayPluginSettings.configure(List.of(new MoyasarProvider()), allowed))
                .doesNotThrowAnyException();
    }

    @Test
    void with_an_external_database_a_plain_http_public_base_url_stops_start_up_unless_loopback_or_allowed() {
        Map<String, String> external = Map.of("PAYBRIDGE_DATABASE_URL", "jdbc:postgresql://db/p",
                "PAYBRIDGE_PUBLIC_BASE_URL", "http://pay.example.com");
        assertThatThrownBy(() -> EnvironmentConfigLoader.load(external))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("PAYBRIDGE_PUBLIC_BASE_URL:");

        Map<String, String> allowed = new HashMap<>(external);
        allowed.put("PAYBRIDGE_ALLOW_INSECURE_HTTP", "true");
        assertThat(EnvironmentConfigLoader.load(allowed).publicBaseUrl(8080)).isEqualTo("http://pay.example.com");
        assertThat(EnvironmentConfigLoader.load(Map.of("PAYBRIDGE_DATABASE_URL", "jdbc:postgresql://db/p",
                "PAYBRIDGE_PUBLIC_BASE_URL", "http://localhost:8080")).publicBaseUrl(8080))
                .isEqualTo("http://localhost:8080");
        assertThat(EnvironmentConfigLoader.load(Map.of("PAYBRIDGE_DATABASE_URL", "jdbc:postgresql://db/p"))
                .publicBaseUrl(8080)).isEqualTo("http://localhost:8080");
    }

    @Test
    void in_embedded_mode_a_plain_http_public_base_url_is_accepted() {
        assertThat(EnvironmentConfigLoader.load(Map.of("PAYBRIDGE_PUBLIC_BASE_URL", "http://pay.example.com"))
                .publicBaseUrl(8080)).isEqualTo("http://pay.example.com");
    }

    @Test
    void an_external_database_needs_an_admin_token_and_a_keyset() {
        PaybridgeConfig config = EnvironmentConfigLoader.load(Map.of("PAYBRIDGE_DATABASE_URL", "jdbc:postgresql://db/p"));
        assertThatThrownBy(() -> LocalSecrets.adminTokenHash(config)).hasMessageStartingWith("PAYBRIDGE_ADMIN_TOKEN:");
        assertThatThrownBy(() -> LocalSecrets.masterKeyset(config)).hasMessageStartingWith("PAYBRIDGE_MASTER_KEYSET:");
    }
}
