package dev.paybridge.bootstrap.probe;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

/** Asks {@code /health} at a steady pace and keeps each answer's latency; a request past the timeout counts as failed. */
public final class HealthLatencies {
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final HttpRequest request;
    private final Duration timeout;

    public HealthLatencies(URI health, Duration timeout) {
        this.request = HttpRequest.newBuilder(health).timeout(timeout).GET().build();
        this.timeout = timeout;
    }

    /** One request: its latency, or empty when it failed or did not answer 200 in time. */
    public OptionalLong once() {
        long started = System.nanoTime();
        try {
            HttpResponse<Void> answer = client.send(request, HttpResponse.BodyHandlers.discarding());
            long micros = (System.nanoTime() - started) / 1_000;
            return answer.statusCode() == 200 ? OptionalLong.of(micros) : OptionalLong.empty();
        } catch (IOException failedOrTimedOut) {
            return OptionalLong.empty();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return OptionalLong.empty();
        }
    }

    /** Samples for {@code duration}, one request every {@code pace} (or right after a slower one). */
    public Sample sample(Duration duration, Duration pace) throws InterruptedException {
        List<Long> micros = new ArrayList<>();
        int failed = 0;
        long end = System.nanoTime() + duration.toNanos();
        while (System.nanoTime() < end) {
            long started = System.nanoTime();
            var latency = once();
            if (latency.isPresent()) {
                micros.add(latency.getAsLong());
            } else {
                failed++;
                micros.add(timeout.toNanos() / 1_000);
            }
            long rest = pace.toNanos() - (System.nanoTime() - started);
            if (rest > 0) {
                Thread.sleep(rest / 1_000_000, (int) (rest % 1_000_000));
            }
        }
        return new Sample(micros, failed);
    }

    /** Latencies in microseconds; a failed request counts as the timeout. */
    public record Sample(List<Long> micros, int failed) {
        public Sample {
            micros = micros.stream().sorted().toList();
        }

        public double percentileMillis(double percentile) {
            if (micros.isEmpty()) {
                return Double.NaN;
            }
            int index = (int) Math.ceil(percentile / 100 * micros.size()) - 1;
            return micros.get(Math.max(0, Math.min(index, micros.size() - 1))) / 1000.0;
        }

        public double maxMillis() {
            return micros.isEmpty() ? Double.NaN : micros.get(micros.size() - 1) / 1000.0;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%d requests, p50 %.1f ms, p99 %.1f ms, max %.1f ms, %d failed",
                    micros.size(), percentileMillis(50), percentileMillis(99), maxMillis(), failed);
        }
    }
}
