package dev.paybridge.bootstrap.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paybridge.bootstrap.testing.contract.ExchangeValidator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A small HTTP client for end-to-end tests: sends JSON with the given headers and reads JSON back. Every exchange is
 * held to the OpenAPI document ({@link ExchangeValidator}): one that disagrees fails the test that made it.
 */
public final class ApiClient {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;
    private final List<String> headers;

    public ApiClient(String baseUrl, List<String> headers) {
        this.baseUrl = baseUrl;
        this.headers = List.copyOf(headers);
    }

    public ApiClient withHeader(String name, String value) {
        List<String> more = new ArrayList<>(headers);
        more.add(name);
        more.add(value);
        return new ApiClient(baseUrl, more);
    }

    /** The same credentials against another server, such as a second instance of the service. */
    public ApiClient at(String otherBaseUrl) {
        return new ApiClient(otherBaseUrl, headers);
    }

    public Answer get(String path) {
        return send("GET", path, null, "application/json");
    }

    public Answer delete(String path) {
        return send("DELETE", path, null, "application/json");
    }

    public Answer post(String path, String json) {
        return send("POST", path, json, "application/json");
    }

    public Answer put(String path, String json) {
        return send("PUT", path, json, "application/json");
    }

    public Answer send(String method, String path, String body, String contentType) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(20))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null && contentType != null) {
            request.header("Content-Type", contentType);
        }
        for (int i = 0; i < headers.size(); i += 2) {
            request.header(headers.get(i), headers.get(i + 1));
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            Answer answer = new Answer(response.statusCode(), response.body(),
                    response.headers().firstValue("Content-Type").orElse(""));
            ExchangeValidator.check(method, path, body == null ? null : contentType, body, answer.status(),
                    answer.contentType(), answer.body());
            return answer;
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    /** A response: status, raw body and content type, with the body parsed on demand. */
    public record Answer(int status, String body, String contentType) {
        public JsonNode json() {
            try {
                return MAPPER.readTree(body);
            } catch (IOException notJson) {
                throw new IllegalStateException("not JSON (" + status + "): " + body, notJson);
            }
        }

        public String text(String field) {
            return json().path(field).asText();
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
