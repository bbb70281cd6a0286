package dev.paybridge.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** The Moyasar simulator as a separate process on 127.0.0.1, driven through its {@code /_sim} control API. */
final class Simulator implements AutoCloseable {
    static final String SECRET_KEY = "sk_test_benchmarks0123456789abcdef";
    private final ChildProcess process;
    private final int port;

    private Simulator(ChildProcess process, int port) {
        this.process = process;
        this.port = port;
    }

    static Simulator start(Path root, Path log) {
        int port = freePort();
        ChildProcess process = ChildProcess.start("moyasar-simulator", List.of("java", "-jar",
                root.resolve("moyasar-simulator/target/moyasar-simulator.jar").toString(), "--port",
                Integer.toString(port), "--host", "127.0.0.1", "--secret-key", SECRET_KEY), Map.of(), log);
        Simulator simulator = new Simulator(process, port);
        long deadline = System.nanoTime() + 30_000_000_000L;
        try (LoopbackHttp http = new LoopbackHttp(port, 1_000)) {
            while (System.nanoTime() < deadline) {
                process.requireAlive();
                try {
                    if (http.send("GET", "/_sim/health", Map.of(), null).status() == 200) {
                        return simulator;
                    }
                } catch (IOException | RuntimeException notYet) {
                    // not listening yet
                }
                Thread.sleep(20);
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        simulator.close();
        throw new IllegalStateException("the simulator did not start within 30 s; log " + log);
    }

    int port() {
        return port;
    }

    ChildProcess process() {
        return process;
    }

    /** Adds a latency fault on every {@code POST /v1/invoices}. */
    void delayInvoiceCreation(int latencyMs) throws IOException {
        control("POST", "/_sim/faults", "{\"method\": \"POST\", \"path\": \"/v1/invoices\", \"latency_ms\": "
                + latencyMs + "}", 201);
    }

    /**
     * The mean time of one {@code POST /v1/invoices} as a lean client sees it, {@code callers} at once, each making
     * {@code calls} after one unmeasured call: the gateway's latency with the simulator's own work in it, which no
     * sync can beat.
     */
    double meanInvoiceCreationMillis(int callers, int calls) throws Exception {
        String auth = "Basic " + Base64.getEncoder().encodeToString((SECRET_KEY + ":").getBytes(StandardCharsets.UTF_8));
        Map<String, String> headers = Map.of("Authorization", auth, "Content-Type", "application/json",
                "User-Agent", "paybridge-benchmarks");
        String body = "{\"amount\": 1000, \"currency\": \"SAR\", \"description\": \"Benchmark probe\", "
                + "\"callback_url\": \"https://example.test/callback\"}";
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            List<Future<Long>> totals = new ArrayList<>();
            for (int c = 0; c < callers; c++) {
                totals.add(pool.submit(() -> {
                    try (LoopbackHttp http = new LoopbackHttp(port, 30_000)) {
                        http.send("POST", "/v1/invoices", headers, body);
                        long began = System.nanoTime();
                        for (int i = 0; i < calls; i++) {
                            LoopbackHttp.Answer answer = http.send("POST", "/v1/invoices", headers, body);
                            if (answer.status() != 201) {
                                throw new IllegalStateException("POST /v1/invoices answered " + answer);
                            }
                        }
                        return System.nanoTime() - began;
                    }
                }));
            }
            long nanos = 0;
            for (Future<Long> total : totals) {
                nanos += total.get();
            }
            return nanos / 1e6 / ((double) callers * calls);
        } finally {
            pool.shutdownNow();
        }
    }

    void clearFaults() throws IOException {
        control("DELETE", "/_sim/faults", null, 204);
    }

    private void control(String method, String path, String body, int expected) throws IOException {
        try (LoopbackHttp http = new LoopbackHttp(port, 10_000)) {
            LoopbackHttp.Answer answer = http.send(method, path,
                    body == null ? Map.of() : Map.of("Content-Type", "application/json"), body);
            if (answer.status() != expected) {
                throw new IllegalStateException(method + " " + path + " answered " + answer);
            }
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException none) {
            throw new UncheckedIOException(none);
        }
    }

    @Override
    public void close() {
        process.close();
    }
}
