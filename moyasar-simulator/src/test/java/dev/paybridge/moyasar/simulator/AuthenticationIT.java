package dev.paybridge.moyasar.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AuthenticationIT {

    private static final String UNAUTHENTICATED =
            "{\"type\":\"authentication_error\",\"message\":\"Invalid authorization credentials\",\"errors\":null}";

    private static MoyasarSimulator simulator;
    private static SimulatorHttp http;

    @BeforeAll
    static void start() {
        simulator = MoyasarSimulator.start();
        http = new SimulatorHttp(simulator);
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    @Test
    void answers_401_without_credentials() {
        SimulatorHttp.Answer answer = http.get("/v1/invoices", null);

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.body()).isEqualTo(UNAUTHENTICATED);
    }

    @Test
    void answers_401_for_an_unknown_key_or_another_scheme() {
        assertThat(http.get("/v1/invoices", "sk_test_nobody").body()).isEqualTo(UNAUTHENTICATED);
        SimulatorHttp.Answer bearer = http.send(http.request("GET", "/v1/payments", null, null)
                .header("Authorization", "Bearer " + SimulatorOptions.DEFAULT_ACCOUNT.secretKey()));
        assertThat(bearer.status()).isEqualTo(401);
    }

    @Test
    void accepts_the_default_account_registered_when_none_is_configured() {
        assertThat(http.get("/v1/invoices", SimulatorOptions.DEFAULT_ACCOUNT.secretKey()).status()).isEqualTo(200);
        assertThat(simulator.accounts()).contains(SimulatorOptions.DEFAULT_ACCOUNT);
    }

    @Test
    void answers_403_to_a_publishable_key_on_secret_operations() {
        SimulatedAccount account = simulator.createAccount();

        for (String path : List.of("/v1/invoices", "/v1/payments", "/v1/webhooks")) {
            SimulatorHttp.Answer answer = http.get(path, account.publishableKey());
            assertThat(answer.status()).isEqualTo(403);
            assertThat(answer.json().get("type").asText()).isEqualTo("authentication_error");
            assertThat(answer.json().get("message").asText()).contains("secret API key");
            assertThat(answer.json().get("errors").isNull()).isTrue();
        }
        assertThat(http.post("/v1/invoices", account.publishableKey(), Bodies.invoice()).status()).isEqualTo(403);
    }

    @Test
    void lets_a_publishable_key_create_a_payment() {
        SimulatedAccount account = simulator.createAccount();
        var body = SimulatorHttp.JSON.createObjectNode().put("amount", 1000);
        body.set("source", Bodies.card("4111111111111111"));

        SimulatorHttp.Answer answer = http.post("/v1/payments", account.publishableKey(), body);

        assertThat(answer.status()).isEqualTo(201);
        assertThat(answer.json().get("status").asText()).isEqualTo("paid");
    }

    @Test
    void registers_explicit_test_and_live_keys_and_reports_the_mode() {
        SimulatedAccount test = simulator.createAccount("sk_test_explicit1", "pk_test_explicit1");
        SimulatedAccount live = simulator.createLiveAccount();

        assertThat(test.live()).isFalse();
        assertThat(live.live()).isTrue();
        assertThat(live.secretKey()).startsWith("sk_live_");
        assertThat(http.get("/v1/invoices", test.secretKey()).status()).isEqualTo(200);
        assertThat(http.get("/v1/invoices", live.secretKey()).status()).isEqualTo(200);
    }

    @Test
    void serves_a_request_without_a_user_agent_by_default() throws IOException {
        String raw = rawRequest(simulator, withoutUserAgent());

        assertThat(raw).startsWith("HTTP/1.1 200");
        assertThat(raw).contains("\"invoices\":[]");
    }

    @Test
    void the_edge_answers_an_html_403_to_requests_without_a_user_agent_when_asked() throws IOException {
        try (MoyasarSimulator strict = MoyasarSimulator.start(SimulatorOptions.defaults()
                .withMissingUserAgentBlocked(true))) {
            String raw = rawRequest(strict, withoutUserAgent());

            assertThat(raw).startsWith("HTTP/1.1 403");
            assertThat(raw).containsIgnoringCase("content-type: text/html");
            assertThat(raw).contains("<h1>403 Forbidden</h1>");
        }
    }

    @Test
    void the_edge_can_block_chosen_default_agents() {
        try (MoyasarSimulator strict = MoyasarSimulator.start(SimulatorOptions.defaults()
                .withBlockedUserAgentPrefixes(List.of("Java-http-client")))) {
            SimulatorHttp strictHttp = new SimulatorHttp(strict);
            String key = SimulatorOptions.DEFAULT_ACCOUNT.secretKey();

            SimulatorHttp.Answer blocked = strictHttp.send(strictHttp.request("GET", "/v1/invoices", key, null)
                    .setHeader("User-Agent", "Java-http-client/17"));
            SimulatorHttp.Answer allowed = strictHttp.get("/v1/invoices", key);

            assertThat(blocked.status()).isEqualTo(403);
            assertThat(blocked.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("text/html"));
            assertThat(allowed.status()).isEqualTo(200);
        }
    }

    private static String withoutUserAgent() {
        return "GET /v1/invoices HTTP/1.1\r\nHost: localhost\r\nAuthorization: "
                + SimulatorHttp.basic(SimulatorOptions.DEFAULT_ACCOUNT.secretKey()) + "\r\nConnection: close\r\n\r\n";
    }

    private static String rawRequest(MoyasarSimulator target, String request) throws IOException {
        try (Socket socket = new Socket("localhost", target.port())) {
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
