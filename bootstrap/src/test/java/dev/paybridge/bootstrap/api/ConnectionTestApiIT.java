package dev.paybridge.bootstrap.api;

import static dev.paybridge.bootstrap.testing.TenantFixture.moyasarConnection;
import static org.assertj.core.api.Assertions.assertThat;

import dev.paybridge.bootstrap.testing.ApiClient;
import dev.paybridge.bootstrap.testing.ApiClient.Answer;
import dev.paybridge.bootstrap.testing.RunningService;
import dev.paybridge.bootstrap.testing.TenantFixture;
import dev.paybridge.moyasar.simulator.MoyasarSimulator;
import dev.paybridge.moyasar.simulator.SimulatedAccount;
import dev.paybridge.moyasar.simulator.SimulatorOptions;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ConnectionTestApiIT {
    private static MoyasarSimulator simulator;
    private static RunningService service;
    private ApiClient api;

    @BeforeAll
    static void start() {
        simulator = MoyasarSimulator.start(SimulatorOptions.defaults());
        service = RunningService.start(Map.of("PAYBRIDGE_MOYASAR_BASE_URL", simulator.baseUrl(),
                "PAYBRIDGE_GATEWAY_TIMEOUT", "1s"));
    }

    @AfterAll
    static void stop() {
        service.close();
        simulator.close();
    }

    @BeforeEach
    void createTenant() {
        simulator.faults().clear();
        api = TenantFixture.create(service, "Acme").sandbox();
    }

    private String connect(String secretKey) {
        Answer created = api.post("/v1/connections", moyasarConnection("Moyasar", secretKey));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.text("id");
    }

    @Test
    void a_known_key_answers_ok_with_its_mode_and_the_result_is_kept_as_last_test() {
        SimulatedAccount account = simulator.createAccount();
        String id = connect(account.secretKey());
        Answer test = api.post("/v1/connections/" + id + "/test", null);
        assertThat(test.status()).as(test.toString()).isEqualTo(200);
        assertThat(test.json().get("ok").asBoolean()).isTrue();
        assertThat(test.text("mode")).isEqualTo("test");
        assertThat(test.json().get("latency_ms").asLong()).isNotNegative();
        assertThat(test.text("checked_at")).endsWith("Z");
        assertThat(simulator.invoices(account.secretKey())).as("nothing changed at the gateway").isEmpty();

        Answer connection = api.get("/v1/connections/" + id);
        assertThat(connection.json().get("last_test")).isEqualTo(test.json());
    }

    @Test
    void an_unknown_key_answers_invalid_credentials() {
        String id = connect("sk_test_neverissuedbymoyasar");
        Answer test = api.post("/v1/connections/" + id + "/test", null);
        assertThat(test.status()).isEqualTo(200);
        assertThat(test.json().get("ok").asBoolean()).isFalse();
        assertThat(test.json().at("/error/code").asText()).isEqualTo("invalid_credentials");
        assertThat(test.json().at("/error/message").asText()).isNotBlank();
        assertThat(test.body()).doesNotContain("sk_test_neverissuedbymoyasar");
    }

    @Test
    void a_gateway_that_does_not_answer_is_unavailable_within_the_timeout() {
        String id = connect(simulator.createAccount().secretKey());
        simulator.faults().on("GET", "/v1/invoices").hang().always();
        long started = System.nanoTime();
        Answer test = api.post("/v1/connections/" + id + "/test", null);
        long elapsedMs = (System.nanoTime() - started) / 1_000_000;
        assertThat(test.json().at("/error/code").asText()).isEqualTo("gateway_unavailable");
        assertThat(elapsedMs).isLessThan(3_000);
    }

    @Test
    void a_stopped_gateway_is_unavailable() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        try (RunningService nowhere = RunningService.start(Map.of("PAYBRIDGE_MOYASAR_BASE_URL",
                "http://localhost:" + closedPort + "/v1", "PAYBRIDGE_GATEWAY_TIMEOUT", "1s"))) {
            ApiClient client = TenantFixture.create(nowhere, "Acme").sandbox();
            String id = client.post("/v1/connections", moyasarConnection("Moyasar", "sk_test_anykeyatall1234")).text("id");
            Answer test = client.post("/v1/connections/" + id + "/test", null);
            assertThat(test.status()).isEqualTo(200);
            assertThat(test.json().at("/error/code").asText()).isEqualTo("gateway_unavailable");
        }
    }

    @Test
    void an_archived_or_foreign_connection_cannot_be_tested() {
        String id = connect(simulator.createAccount().secretKey());
        assertThat(TenantFixture.create(service, "Other").sandbox().post("/v1/connections/" + id + "/test", null)
                .status()).isEqualTo(404);
        api.delete("/v1/connections/" + id);
        assertThat(api.post("/v1/connections/" + id + "/test", null).text("code")).isEqualTo("invalid_state");
    }
}
