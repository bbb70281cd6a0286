package dev.paybridge.moyasar.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A JDK HttpClient speaking to a running simulator the way a Moyasar client would. */
final class SimulatorHttp {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String USER_AGENT = "paybridge-tests/1.0";

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final String origin;

    SimulatorHttp(MoyasarSimulator simulator) {
        this.origin = simulator.origin();
    }

    Answer get(String path, String key) {
        return send(request("GET", path, key, null));
    }

    Answer post(String path, String key, Object body) {
        return send(request("POST", path, key, body));
    }

    Answer put(String path, String key, Object body) {
        return send(request("PUT", path, key, body));
    }

    Answer delete(String path, String key) {
        return send(request("DELETE", path, key, null));
    }

    /** A request with JSON content type and a User-Agent; body is a JSON string, a node, or null. */
    HttpRequest.Builder request(String method, String path, String key, Object body) {
        String text = body == null ? "" : body instanceof String ? (String) body : write(body);
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(origin + path))
                .timeout(Duration.ofSeconds(10))
                .header("User-Agent", USER_AGENT)
                .header("Content-Type", "application/json")
                .method(method, text.isEmpty() ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(text));
        if (key != null) {
            builder.header("Authorization", basic(key));
        }
        return builder;
    }

    Answer send(HttpRequest.Builder request) {
        try {
            return sendOrFail(request);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Answer sendOrFail(HttpRequest.Builder request) throws IOException {
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers(), response.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String basic(String key) {
        return "Basic " + Base64.getEncoder().encodeToString((key + ":").getBytes(StandardCharsets.UTF_8));
    }

    static String write(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A received answer. */
    record Answer(int status, HttpHeaders headers, String body) {

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON (status " + status + "): " + body, e);
            }
        }
    }
}
