package dev.paybridge.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** When each open-loop request was due (wall clock) and how long it took, to line slow ones up with GC pauses. */
final class Timeline {
    private final long[] latencyNanos;
    private final double intervalMillis;
    private volatile long beganEpochMillis;

    Timeline(int count, double rate) {
        this.latencyNanos = new long[count];
        this.intervalMillis = 1_000.0 / rate;
    }

    void began(long epochMillis) {
        beganEpochMillis = epochMillis;
    }

    void record(int index, long nanos) {
        latencyNanos[index] = nanos;
    }

    /** A request's interval [due, answered] in epoch milliseconds. */
    record Request(double dueMillis, double answeredMillis) {
        double latencyMillis() {
            return answeredMillis - dueMillis;
        }

        boolean overlaps(double fromMillis, double toMillis) {
            return dueMillis <= toMillis && answeredMillis >= fromMillis;
        }
    }

    /** The answered requests that took longer than {@code thresholdMillis}. */
    List<Request> slowerThan(double thresholdMillis) {
        List<Request> slow = new ArrayList<>();
        for (Request request : requests()) {
            if (request.latencyMillis() > thresholdMillis) {
                slow.add(request);
            }
        }
        return slow;
    }

    double startMillis() {
        return beganEpochMillis;
    }

    double endMillis() {
        return requests().stream().mapToDouble(Request::answeredMillis).max().orElse(beganEpochMillis);
    }

    List<Request> requests() {
        List<Request> requests = new ArrayList<>();
        for (int i = 0; i < latencyNanos.length; i++) {
            if (latencyNanos[i] > 0) {
                double due = beganEpochMillis + i * intervalMillis;
                requests.add(new Request(due, due + latencyNanos[i] / 1e6));
            }
        }
        return requests;
    }

    /** One line per request: milliseconds since the first was due, and its latency. */
    void writeCsv(Path file) throws IOException {
        StringBuilder csv = new StringBuilder("due_ms,latency_ms\n");
        for (Request request : requests()) {
            csv.append(String.format(Locale.ROOT, "%.1f,%.2f%n", request.dueMillis() - beganEpochMillis,
                    request.latencyMillis()));
        }
        Files.writeString(file, csv);
    }
}
