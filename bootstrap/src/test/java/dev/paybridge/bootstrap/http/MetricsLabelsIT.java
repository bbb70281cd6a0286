package dev.paybridge.bootstrap.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paybridge.adapters.http.ops.HttpMetrics;
import dev.paybridge.bootstrap.testing.RunningService;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class MetricsLabelsIT {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
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
    void twelve_thousand_requests_with_made_up_methods_and_paths_add_no_metrics_series() throws Exception {
        sendRandomRequests(200);
        int before = requestSeries();

        sendRandomRequests(12_000);

        assertThat(requestSeries()).isEqualTo(before);
        String scraped = service.anonymous().get("/metrics").body();
        assertThat(scraped).contains("method=\"OTHER\",route=\"unmatched\"").doesNotContainPattern("method=\"X[A-Z]{5,}\"");
    }

    private static int requestSeries() {
        return service.component(HttpMetrics.class).registry().find("http.server.requests").meters().size();
    }

    /** Each request: a made-up method name, on a made-up path or on {@code /health}. */
    private static void sendRandomRequests(int count) throws Exception {
        ExecutorService senders = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> sent = IntStream.range(0, 8).<Future<?>>mapToObj(sender -> senders.submit(() -> {
                for (int i = 0; i < count / 8; i++) {
                    send(randomMethod(), i % 2 == 0 ? "/health" : "/made-up/" + Long.toHexString(
                            ThreadLocalRandom.current().nextLong()));
                }
                return null;
            })).toList();
            for (Future<?> done : sent) {
                done.get();
            }
        } finally {
            senders.shutdownNow();
        }
    }

    private static String randomMethod() {
        StringBuilder method = new StringBuilder("X");
        for (int i = 0; i < 9; i++) {
            method.append((char) ('A' + ThreadLocalRandom.current().nextInt(26)));
        }
        return method.toString();
    }

    private static void send(String method, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(service.baseUrl() + path))
                .method(method, HttpRequest.BodyPublishers.noBody()).timeout(Duration.ofSeconds(10)).build();
        HttpResponse<Void> answer = HTTP.send(request, HttpResponse.BodyHandlers.discarding());
        assertThat(answer.statusCode()).isBetween(400, 499);
    }
}
