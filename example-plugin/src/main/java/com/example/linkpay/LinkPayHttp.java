package com.example.linkpay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

/** LinkPay's transport for one API key: bearer auth, JSON both ways, one deadline per call, never retried here. */
final class LinkPayHttp {
    static final ObjectMapper MAPPER = new ObjectMapper();
    private final HttpClient client;
    private final URI baseUrl;
    private final Duration timeout;
    private final String authorization;

    LinkPayHttp(HttpClient client, URI baseUrl, Duration timeout, String apiKey) {
        this.client = client;
        this.baseUrl = baseUrl;
        this.timeout = timeout;
        this.authorization = "Bearer " + apiKey;
    }

    Answer get(String pathAndQuery) {
        return send("GET", pathAndQuery, null);
    }

    Answer post(String path, JsonNode body) {
        return send("POST", path, body);
    }

    private Answer send(String method, String pathAndQuery, JsonNode body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery))
                .timeout(timeout)
                .header("Authorization", authorization)
                .header("Accept", "application/json")
                .header("User-Agent", "linkpay-paybridge-plugin/1.0");
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body.toString()));
        }
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), parse(response.body()), null);
        } catch (HttpTimeoutException timedOut) {
            return new Answer(0, MissingNode.getInstance(), "LinkPay did not answer within " + timeout.toMillis() + " ms");
        } catch (IOException broken) {
            return new Answer(0, MissingNode.getInstance(), "connection to LinkPay failed: " + broken);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return new Answer(0, MissingNode.getInstance(), "interrupted while waiting for LinkPay");
        }
    }

    private static JsonNode parse(String body) {
        try {
            JsonNode node = MAPPER.readTree(body);
            return node == null ? MissingNode.getInstance() : node;
        } catch (IOException notJson) {
            return MissingNode.getInstance();
        }
    }

    /** An answer (status and JSON body), or why there is none ({@code failure}, status 0). */
    record Answer(int status, JsonNode body, String failure) {
    }
}
