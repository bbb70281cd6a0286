package dev.paybridge.bootstrap.plugins;

import static dev.paybridge.bootstrap.testing.TenantFixture.moyasarConnection;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.paybridge.application.spi.PaymentGatewayProvider;
import dev.paybridge.bootstrap.plugins.PluginLoader.LoadedPlugins;
import dev.paybridge.bootstrap.testing.ApiClient;
import dev.paybridge.bootstrap.testing.ApiClient.Answer;
import dev.paybridge.bootstrap.testing.RunningService;
import dev.paybridge.bootstrap.testing.TenantFixture;
import java.io.IOException;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** Proves that a plugin jar built apart from paybridge becomes a provider type, and a broken jar does not stop start-up. */
class PluginJarIT {
    private static final String PLUGIN_JAR = "testpay-plugin.jar";
    private static final String BROKEN_JAR = "broken-plugin.jar";
    private static final String GARBAGE_JAR = "garbage.jar";
    private static final String TOKEN = "tp_test_tokenvalue5678";
    private static final ListAppender<ILoggingEvent> STARTUP_LOG = new ListAppender<>();
    @TempDir
    static Path workDir;
    private static Path pluginsDir;
    private static RunningService service;
    private ApiClient api;

    @BeforeAll
    static void buildPluginsAndStartService() throws IOException {
        pluginsDir = Files.createDirectory(workDir.resolve("plugins"));
        ThirdPartyPlugin.buildJar(workDir.resolve("testpay-build"), pluginsDir.resolve(PLUGIN_JAR));
        PluginJarBuilder.compilingIn(workDir.resolve("broken-build"))
                .provider("com.example.broken.MissingProvider")
                .writeTo(pluginsDir.resolve(BROKEN_JAR));
        Files.writeString(pluginsDir.resolve(GARBAGE_JAR), "not a zip archive");
        System.clearProperty(ThirdPartyPlugin.WARMED_UP_PROPERTY); // only this service's warm-up may set it
        Logger loaderLog = (Logger) LoggerFactory.getLogger(PluginLoader.class);
        STARTUP_LOG.start();
        loaderLog.addAppender(STARTUP_LOG);
        try {
            service = RunningService.start(Map.of("PAYBRIDGE_PLUGINS_DIR", pluginsDir.toString()));
        } finally {
            loaderLog.detachAppender(STARTUP_LOG);
        }
    }

    @AfterAll
    static void stopService() {
        if (service != null) {
            service.close();
        }
    }

    @BeforeEach
    void createTenant() {
        api = TenantFixture.create(service, "Plugin user").sandbox();
    }

    @Test
    void the_service_starts_and_names_each_jar_that_failed_to_load_in_its_start_up_log() {
        Answer health = service.anonymous().get("/health");

        assertThat(health.status()).as(health.toString()).isEqualTo(200);
        assertThat(STARTUP_LOG.list).filteredOn(event -> event.getLevel() == Level.ERROR)
                .extracting(ILoggingEvent::getFormattedMessage)
                .anySatisfy(message -> assertThat(message).contains(BROKEN_JAR + ": ", "MissingProvider"))
                .anySatisfy(message -> assertThat(message).contains(GARBAGE_JAR + ": "))
                .noneSatisfy(message -> assertThat(message).contains(PLUGIN_JAR));
        assertThat(STARTUP_LOG.list).extracting(ILoggingEvent::getFormattedMessage)
                .contains("gateway plugin loaded: testpay (TestPay) from plugin " + PLUGIN_JAR);
    }

    @Test
    void each_plugin_is_warmed_up_once_the_service_answers_and_a_failing_warm_up_stops_nothing()
            throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (System.getProperty(ThirdPartyPlugin.WARMED_UP_PROPERTY) == null && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }

        assertThat(System.getProperty(ThirdPartyPlugin.WARMED_UP_PROPERTY)).isEqualTo("after configure");
        assertThat(service.anonymous().get("/health").status()).isEqualTo(200);
        assertThat(api.post("/v1/connections", testpayConnection(TOKEN)).status()).isEqualTo(201);
    }

    @Test
    void a_plugin_jar_in_the_plugins_dir_becomes_a_provider_type() {
        Answer created = api.post("/v1/connections", testpayConnection(TOKEN));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.text("provider_type")).isEqualTo("testpay");
        assertThat(created.text("mode")).isEqualTo("test");
        assertThat(created.json().at("/secrets/api_token").asText()).isEqualTo("tp_test_****5678");
        assertThat(created.body()).doesNotContain(TOKEN);
        Answer listed = api.get("/v1/connections?provider_type=testpay");
        assertThat(listed.json().at("/pagination/total").asLong()).isEqualTo(1);
        assertThat(listed.json().at("/items/0/id").asText()).isEqualTo(created.text("id"));
    }

    @Test
    void the_plugin_refuses_credentials_by_its_own_rules_field_by_field() {
        Answer wrongToken = api.post("/v1/connections", testpayConnection("sk_live_notatestpaytoken"));
        assertThat(wrongToken.status()).as(wrongToken.toString()).isEqualTo(400);
        assertThat(wrongToken.text("code")).isEqualTo("validation_error");
        assertThat(wrongToken.json().at("/errors/encrypted_secret_data.api_token/0").asText())
                .isEqualTo(ThirdPartyPlugin.TOKEN_MESSAGE);
        assertThat(wrongToken.body()).doesNotContain("notatestpaytoken");

        Answer missingToken = api.post("/v1/connections",
                "{\"name\": \"TestPay\", \"provider_type\": \"testpay\", \"encrypted_secret_data\": {}}");
        assertThat(missingToken.status()).isEqualTo(400);
        assertThat(missingToken.json().at("/errors/encrypted_secret_data.api_token/0").asText()).isEqualTo("is required");
        assertThat(api.get("/v1/connections").json().at("/pagination/total").asLong()).isZero();
    }

    @Test
    void an_unknown_provider_type_is_refused_naming_the_plugin_beside_moyasar() {
        Answer unknown = api.post("/v1/connections",
                "{\"name\": \"x\", \"provider_type\": \"stripe\", \"encrypted_secret_data\": {}}");

        assertThat(unknown.status()).as(unknown.toString()).isEqualTo(400);
        assertThat(unknown.json().at("/errors/provider_type/0").asText()).contains("moyasar", "testpay");
    }

    @Test
    void a_plugin_connection_is_tested_through_the_plugins_own_gateway() {
        Answer created = api.post("/v1/connections", testpayConnection(TOKEN));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.text("id");

        Answer test = api.post("/v1/connections/" + id + "/test", null);

        assertThat(test.status()).as(test.toString()).isEqualTo(200);
        assertThat(test.json().get("ok").asBoolean()).isTrue();
        assertThat(test.text("mode")).isEqualTo("test");
        assertThat(api.get("/v1/connections/" + id).json().at("/last_test/ok").asBoolean()).isTrue();
    }

    @Test
    void moyasar_connections_still_work_beside_the_plugin() {
        Answer moyasar = api.post("/v1/connections", moyasarConnection("Moyasar KSA", "sk_test_verysecretvalue1a2b"));
        Answer testpay = api.post("/v1/connections", testpayConnection(TOKEN));

        assertThat(moyasar.status()).as(moyasar.toString()).isEqualTo(201);
        assertThat(moyasar.json().at("/secrets/secret_key").asText()).isEqualTo("sk_test_****1a2b");
        assertThat(testpay.status()).as(testpay + ": each provider has its own slot in an environment").isEqualTo(201);
        assertThat(api.get("/v1/connections").json().at("/pagination/total").asLong()).isEqualTo(2);
    }

    @Test
    void a_jar_that_fails_to_load_is_reported_by_name_and_the_others_still_load() {
        LoadedPlugins loaded = PluginLoader.load(Optional.of(pluginsDir));

        assertThat(loaded.failures()).anySatisfy(failure -> assertThat(failure)
                .startsWith(BROKEN_JAR + ": ").contains("com.example.broken.MissingProvider"));
        assertThat(loaded.failures()).anySatisfy(failure -> assertThat(failure).startsWith(GARBAGE_JAR + ": "));
        assertThat(loaded.failures()).noneMatch(failure -> failure.startsWith(PLUGIN_JAR));
        assertThat(loaded.providers()).extracting(PaymentGatewayProvider::providerType)
                .containsOnlyOnce("moyasar", "testpay")
                .doesNotHaveDuplicates();
    }

    @Test
    void the_plugin_is_loaded_from_its_own_jar_and_not_from_the_class_path() {
        PaymentGatewayProvider testpay = PluginLoader.load(Optional.of(pluginsDir)).providers().stream()
                .filter(provider -> provider.providerType().equals(ThirdPartyPlugin.PROVIDER_TYPE))
                .findFirst().orElseThrow();

        assertThat(testpay.getClass().getName()).isEqualTo(ThirdPartyPlugin.PROVIDER_CLASS);
        assertThat(testpay.getClass().getClassLoader()).isInstanceOfSatisfying(URLClassLoader.class,
                loader -> assertThat(loader.getName()).isEqualTo("plugin " + PLUGIN_JAR));
        assertThatThrownBy(() -> Class.forName(ThirdPartyPlugin.PROVIDER_CLASS))
                .isInstanceOf(ClassNotFoundException.class);
        assertThat(testpay.currency("USD")).hasValueSatisfying(usd -> assertThat(usd.exponent()).isEqualTo(2));
        assertThat(testpay.currency("SAR")).isEmpty();
    }

    private static String testpayConnection(String token) {
        return """
                {"name": "TestPay", "provider_type": "testpay", "encrypted_secret_data": {"api_token": "%s"}}
                """.formatted(token);
    }
}
