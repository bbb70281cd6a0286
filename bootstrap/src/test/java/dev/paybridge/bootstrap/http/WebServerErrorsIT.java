package dev.paybridge.bootstrap.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paybridge.bootstrap.testing.RawHttpConnection;
import dev.paybridge.bootstrap.testing.RunningService;
import java.net.URI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebServerErrorsIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** A body over the 1 MiB limit, sent in pieces: still on its way when the server knows it is too large. */
    private static final int PIECE = 64 * 1024;
    private static final int PIECES = 32;
    private static RunningService service;
    private static int port;

    @BeforeAll
    static void startService() {
        service = RunningService.start();
        port = URI.create(service.baseUrl()).getPort();
    }

    @AfterAll
    static void stopService() {
        service.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET /health%00 HTTP/1.1", "GET /v1/invoices/%ff HTTP/1.1", "GET /%00/../admin HTTP/1.1",
        "POST /health%00 HTTP/1.1", "DELETE /v1/connections/%ff%fe HTTP/1.1", "GET /health HTTP/1.1 trailing",
        "GE\u0001T /health HTTP/1.1", "GET health HTTP/1.1"})
    void answers_requests_jetty_refuses_with_a_problem_body_and_a_usable_or_closed_connection(String requestLine)
            throws Exception {
        try (RawHttpConnection connection = RawHttpConnection.open(port)) {
            RawHttpConnection.Answer refused = connection
                    .send(requestLine + "\r\nHost: localhost\r\nContent-Length: 0\r\n\r\n").answer();

            assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
            assertThat(refused.header("content-type")).startsWith("application/problem+json");
            var problem = JSON.readTree(refused.body());
            assertThat(problem.get("code").asText()).isEqualTo("validation_error");
            assertThat(problem.get("status").asInt()).isEqualTo(400);
            assertThat(problem.get("type").asText()).isEqualTo("https://paybridge.example.test/docs/errors#validation_error");
            assertThat(refused.body()).doesNotContain("<html", "Exception", "at org.");
            if ("close".equalsIgnoreCase(refused.header("connection"))) {
                assertThat(connection.closedByServer()).isTrue();
            } else {
                RawHttpConnection.Answer next = connection.send("GET /health HTTP/1.1\r\nHost: localhost\r\n\r\n")
                        .answer();
                assertThat(next.status()).isEqualTo(200);
            }
        }
    }

    @Test
    void a_declared_length_over_the_limit_is_answered_413_after_the_body() throws Exception {
        try (RawHttpConnection connection = RawHttpConnection.open(port)) {
            connection.send(head("Content-Length: " + (long) PIECE * PIECES));
            for (int piece = 0; piece < PIECES; piece++) {
                connection.send("x".repeat(PIECE));
                Thread.sleep(5);
            }

            assertPayloadTooLarge(connection.answer());
        }
    }

    @Test
    void a_chunked_body_over_the_limit_is_answered_413_after_its_last_chunk() throws Exception {
        try (RawHttpConnection connection = RawHttpConnection.open(port)) {
            connection.send(head("Transfer-Encoding: chunked"));
            for (int piece = 0; piece < PIECES; piece++) {
                connection.send(Integer.toHexString(PIECE) + "\r\n" + "x".repeat(PIECE) + "\r\n");
                Thread.sleep(5);
            }
            connection.send("0\r\n\r\n");

            assertPayloadTooLarge(connection.answer());
        }
    }

    private static String head(String framing) {
        return "POST /admin/v1/tenants HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                + RunningService.ADMIN_TOKEN + "\r\nContent-Type: application/json\r\n" + framing + "\r\n\r\n";
    }

    private static void assertPayloadTooLarge(RawHttpConnection.Answer answer) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(413);
        assertThat(answer.body()).contains("\"code\":\"payload_too_large\"");
    }
}
