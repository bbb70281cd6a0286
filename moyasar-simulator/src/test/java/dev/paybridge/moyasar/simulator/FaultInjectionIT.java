package dev.paybridge.moyasar.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FaultInjectionIT extends SimulatorFixture {

    @AfterEach
    void clearFaults() {
        simulator.faults().clear();
    }

    @Test
    void added_latency_delays_the_answer() {
        simulator.faults().on("GET", "/v1/invoices").latency(Duration.ofMillis(250));
        long started = System.nanoTime();

        SimulatorHttp.Answer answer = http.get("/v1/invoices", account.secretKey());

        assertThat(answer.status()).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(250));
    }

    @Test
    void a_forced_5xx_answers_moyasar_api_error_and_creates_nothing() {
        simulator.faults().on("POST", "/v1/invoices").status(503).once();

        SimulatorHttp.Answer failed = http.post("/v1/invoices", account.secretKey(), Bodies.invoice());
        assertThat(simulator.invoices(account.secretKey())).isEmpty();
        SimulatorHttp.Answer next = http.post("/v1/invoices", account.secretKey(), Bodies.invoice());

        assertThat(failed.status()).isEqualTo(503);
        assertThat(failed.body()).isEqualTo("{\"type\":\"api_error\",\"message\":\"Service unavailable\","
                + "\"errors\":null}");
        assertThat(next.status()).isEqualTo(201);
    }

    @Test
    void a_forced_429_is_a_rate_limit_error_with_retry_after() {
        simulator.faults().on("GET", "/v1/payments").status(429).retryAfter(Duration.ofSeconds(3));

        SimulatorHttp.Answer answer = http.get("/v1/payments", account.secretKey());

        assertThat(answer.status()).isEqualTo(429);
        assertThat(answer.json().get("type").asText()).isEqualTo("rate_limit_error");
        assertThat(answer.headers().firstValue("Retry-After")).hasValue("3");
    }

    @Test
    void times_limits_how_often_a_fault_applies() {
        simulator.faults().on("GET", "/v1/invoices").status(500).times(2);

        assertThat(List.of(http.get("/v1/invoices", account.secretKey()).status(),
                http.get("/v1/invoices", account.secretKey()).status(),
                http.get("/v1/invoices", account.secretKey()).status())).containsExactly(500, 500, 200);
    }

    @Test
    void patterns_match_any_segment_and_any_method() {
        simulator.faults().on("*", "/v1/payments/**").status(502);
        simulator.faults().on("GET", "/v1/invoices/{id}").status(504);

        assertThat(http.get("/v1/payments/abc", account.secretKey()).status()).isEqualTo(502);
        assertThat(http.post("/v1/payments/abc/refund", account.secretKey(), null).status()).isEqualTo(502);
        assertThat(http.get("/v1/invoices/abc", account.secretKey()).status()).isEqualTo(504);
        assertThat(http.get("/v1/invoices", account.secretKey()).status()).isEqualTo(200);
    }

    @Test
    void a_hang_outlasts_the_client_timeout() {
        simulator.faults().on("GET", "/v1/invoices").hang();

        assertThatThrownBy(() -> http.sendOrFail(http.request("GET", "/v1/invoices", account.secretKey(), null)
                .timeout(Duration.ofMillis(300)))).isInstanceOf(HttpTimeoutException.class);
    }

    @Test
    void a_dropped_connection_gives_the_client_an_io_exception() {
        simulator.faults().on("*", "/v1/invoices").drop();

        assertThatThrownBy(() -> http.sendOrFail(http.request("POST", "/v1/invoices", account.secretKey(),
                Bodies.invoice()))).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> http.sendOrFail(http.request("GET", "/v1/invoices", account.secretKey(), null)))
                .isInstanceOf(IOException.class);
        assertThat(simulator.invoices(account.secretKey())).isEmpty();
    }

    @Test
    void process_then_fail_creates_the_invoice_but_answers_500() {
        simulator.faults().on("POST", "/v1/invoices").status(500).afterProcessing().once();
        ObjectNode body = Bodies.invoice();
        body.putObject("metadata").put("paybridge_invoice_id", "inv_lost_answer");

        SimulatorHttp.Answer answer = http.post("/v1/invoices", account.secretKey(), body);

        assertThat(answer.status()).isEqualTo(500);
        assertThat(answer.json().get("type").asText()).isEqualTo("api_error");
        assertThat(http.get("/v1/invoices?metadata%5Bpaybridge_invoice_id%5D=inv_lost_answer", account.secretKey())
                .json().get("invoices")).hasSize(1);
    }

    @Test
    void process_then_hang_creates_the_invoice_while_the_client_times_out() {
        simulator.faults().on("POST", "/v1/invoices").hang().afterProcessing().once();

        assertThatThrownBy(() -> http.sendOrFail(http.request("POST", "/v1/invoices", account.secretKey(),
                Bodies.invoice()).timeout(Duration.ofMillis(300)))).isInstanceOf(HttpTimeoutException.class);
        assertThat(simulator.invoices(account.secretKey())).hasSize(1);
    }

    @Test
    void process_then_drop_creates_the_invoice_while_the_client_sees_an_io_exception() {
        simulator.faults().on("POST", "/v1/invoices").drop().afterProcessing().once();

        assertThatThrownBy(() -> http.sendOrFail(http.request("POST", "/v1/invoices", account.secretKey(),
                Bodies.invoice()))).isInstanceOf(IOException.class);
        assertThat(simulator.invoices(account.secretKey())).hasSize(1);
    }

    @Test
    void close_stops_promptly_and_drops_hanging_requests() throws Exception {
        MoyasarSimulator hanging = MoyasarSimulator.start();
        SimulatorHttp hangingHttp = new SimulatorHttp(hanging);
        hanging.faults().on("POST", "/v1/invoices").hang();
        // A POST, because the JDK client silently retries a dropped GET once, racing the server's shutdown.
        CompletableFuture<HttpResponse<String>> waiting = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1).build()
                .sendAsync(hangingHttp.request("POST", "/v1/invoices", SimulatorOptions.DEFAULT_ACCOUNT.secretKey(),
                        Bodies.invoice()).timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        awaitFirstRequest(hanging);
        long started = System.nanoTime();

        hanging.close();

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
        assertThatThrownBy(() -> waiting.get(5, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(IOException.class);
    }

    private static void awaitFirstRequest(MoyasarSimulator simulator) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (simulator.requests().isEmpty()) {
            assertThat(System.nanoTime()).as("the request reached the simulator").isLessThan(deadline);
            Thread.sleep(10);
        }
    }

    @Test
    void logs_every_api_request_with_its_answer_and_redacted_key() {
        simulator.clearRequests();
        simulator.faults().on("GET", "/v1/payments").status(503).once();
        http.post("/v1/invoices?source=test", account.secretKey(), Bodies.invoice());
        http.get("/v1/payments", account.secretKey());
        http.get("/_sim/requests", null);

        List<ApiRequest> requests = simulator.requests();

        assertThat(requests).hasSize(2);
        ApiRequest create = requests.get(0);
        assertThat(create.method()).isEqualTo("POST");
        assertThat(create.path()).isEqualTo("/v1/invoices");
        assertThat(create.query()).isEqualTo("source=test");
        assertThat(create.body()).contains("\"amount\":12550");
        assertThat(create.status()).isEqualTo(201);
        assertThat(create.fault()).isNull();
        assertThat(create.headers()).containsEntry("Authorization", "Basic sk_test_…")
                .containsEntry("User-Agent", SimulatorHttp.USER_AGENT);
        assertThat(create.headers().values()).noneMatch(value -> value.contains(account.secretKey()));
        assertThat(requests.get(1).status()).isEqualTo(503);
        assertThat(requests.get(1).fault()).isEqualTo("status 503");
    }
}
