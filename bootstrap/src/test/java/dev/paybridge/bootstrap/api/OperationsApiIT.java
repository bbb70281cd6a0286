package dev.paybridge.bootstrap.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paybridge.bootstrap.testing.ApiClient.Answer;
import dev.paybridge.bootstrap.testing.RunningService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OperationsApiIT {
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
    void health_and_readiness_answer() {
        assertThat(service.anonymous().get("/health").json().get("status").asText()).isEqualTo("ok");
        assertThat(service.anonymous().get("/ready").status()).isEqualTo(200);
    }

    @Test
    void metrics_are_in_prometheus_text_format_and_count_requests() {
        service.anonymous().get("/health");
        Answer metrics = service.anonymous().get("/metrics");
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.contentType()).startsWith("text/plain");
        assertThat(metrics.body()).contains("jvm_memory_used_bytes")
                .contains("http_server_requests_seconds_count{method=\"GET\",route=\"/health\",status=\"200\"}");
    }

    @Test
    void unknown_routes_and_wrong_methods_answer_with_a_problem_body() {
        Answer unknown = service.anonymous().get("/nowhere");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(unknown.text("code")).isEqualTo("not_found");
        Answer wrongMethod = service.anonymous().send("PATCH", "/health", "{}", "application/json");
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.contentType()).startsWith("application/problem+json");
        assertThat(wrongMethod.json().get("status").asInt()).isEqualTo(405);
    }
}
