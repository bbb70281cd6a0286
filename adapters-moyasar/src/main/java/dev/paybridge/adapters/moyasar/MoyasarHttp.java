package dev.paybridge.adapters.moyasar;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.function.Supplier;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Moyasar's HTTP transport for one secret key: Basic auth, a User-Agent, a deadline per call. Reads are retried with
 * backoff on 429, 5xx and broken connections (honouring {@code Retry-After}); writes are sent exactly once.
 */
final class MoyasarHttp {
    static final String USER_AGENT = "paybridge-moyasar/0.1 (+https://paybridge.dev)";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int READ_ATTEMPTS = 3;
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(100);
    private static final Duration LONGEST_RETRY_AFTER = Duration.ofSeconds(2);
    private final Supplier<HttpClient> client;
    private final URI baseUrl;
    private final Duration timeout;
    private final String authorization;

    /** {@code client} is asked for at the first call: a connection that only verifies webhooks never makes one. */
    MoyasarHttp(Supplier<HttpClient> client, URI baseUrl, Duration timeout, String secretKey) {
        this.client = client;
        this.baseUrl = baseUrl;
        this.timeout = timeout;
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((secretKey + ":").getBytes(StandardCharsets.UTF_8));
    }

    /** A read: retried while the outcome is unknown and the deadline allows. */
    Outcome get(String pathAndQuery) {
        Instant deadline = Instant.now().plus(timeout);
        Outcome outcome = send("GET", pathAndQuery, null, timeout);
        for (int attempt = 1; attempt < READ_ATTEMPTS && outcome.isRetryable(); attempt++) {
            Duration wait = waitBefore(attempt, outcome);
            Duration left = Duration.between(Instant.now().plus(wait), deadline);
            if (left.isNegative() || left.isZero() || !sleep(wait)) {
                break;
            }
            outcome = send("GET", pathAndQuery, null, left);
        }
        return outcome;
    }

    /** A write: sent once, never retried here, because Moyasar invoices have no idempotency key. */
    Outcome write(String method, String path, JsonNode body) {
        return send(method, path, body, timeout);
    }

    private Outcome send(String method, String pathAndQuery, JsonNode body, Duration callTimeout) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery))
                .timeout(callTimeout)
                .header("Authorization", authorization)
                .header("User-Agent", USER_AGENT)
                .header("Accept", "application/json");
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body.toString()));
        }
        try {
            HttpResponse<String> response = client.get().send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Outcome(new MoyasarResponse(response.statusCode(), parse(response.body())), null,
                    response.headers().firstValue("Retry-After").flatMap(MoyasarHttp::seconds));
        } catch (HttpTimeoutException timedOut) {
            return new Outcome(null, "Moyasar did not answer within " + callTimeout.toMillis() + " ms", Optional.empty());
        } catch (IOException broken) {
            return new Outcome(null, "connection to Moyasar failed: " + broken.getClass().getSimpleName()
                    + (broken.getMessage() == null ? "" : " " + broken.getMessage()), Optional.empty());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return new Outcome(null, "interrupted while waiting for Moyasar", Optional.empty());
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

    private static Optional<Duration> seconds(String retryAfter) {
        try {
            return Optional.of(Duration.ofSeconds(Long.parseLong(retryAfter.trim())));
        } catch (NumberFormatException httpDate) {
            return Optional.empty();
        }
    }

    /** Moyasar's {@code Retry-After} when it gives one (capped), else exponential backoff with jitter. */
    private static Duration waitBefore(int attempt, Outcome previous) {
        if (previous.retryAfter().isPresent()) {
            Duration asked = previous.retryAfter().get();
            return asked.compareTo(LONGEST_RETRY_AFTER) > 0 ? LONGEST_RETRY_AFTER : asked;
        }
        return backoff(attempt);
    }

    private static Duration backoff(int attempt) {
        long base = FIRST_BACKOFF.toMillis() << (attempt - 1);
        return Duration.ofMillis(base + ThreadLocalRandom.current().nextLong(base / 2 + 1));
    }

    private static boolean sleep(Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
            return true;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** A response, or the reason there is none (timeout, broken connection). */
    record Outcome(MoyasarResponse response, String failure, Optional<Duration> retryAfter) {
        boolean isRetryable() {
            return response == null || response.status() == 429 || response.status() >= 500;
        }
    }
}
