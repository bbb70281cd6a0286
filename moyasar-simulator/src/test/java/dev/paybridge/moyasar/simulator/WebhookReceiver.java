package dev.paybridge.moyasar.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;

/** A tiny JDK HTTP server that records webhook requests and answers a scripted list of statuses, then 200. */
final class WebhookReceiver implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final ConcurrentLinkedQueue<Integer> scriptedStatuses = new ConcurrentLinkedQueue<>();
    private volatile int defaultStatus = 200;
    private volatile Duration answerDelay = Duration.ZERO;

    WebhookReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    String url() {
        return "http://localhost:" + server.getAddress().getPort() + "/webhooks/moyasar";
    }

    /** Answers these statuses to the next requests, in order, then the default. */
    WebhookReceiver answer(Integer... statuses) {
        scriptedStatuses.addAll(List.of(statuses));
        return this;
    }

    WebhookReceiver answerAlways(int status) {
        defaultStatus = status;
        return this;
    }

    /** Waits this long before answering (to provoke the simulator's timeout). */
    WebhookReceiver delayAnswers(Duration delay) {
        answerDelay = delay;
        return this;
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    /** Waits until at least {@code count} requests arrived; returns what arrived. */
    List<Received> await(int count, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (received.size() < count && Instant.now().isBefore(deadline)) {
            sleep(Duration.ofMillis(10));
        }
        return received();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Map<String, List<String>> headers = Map.copyOf(exchange.getRequestHeaders());
        received.add(new Received(Instant.now(), exchange.getRequestMethod(), headers, body));
        sleep(answerDelay);
        Integer scripted = scriptedStatuses.poll();
        int status = scripted == null ? defaultStatus : scripted;
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    /** One received request. */
    record Received(Instant at, String method, Map<String, List<String>> headers, String body) {

        JsonNode json() {
            try {
                return SimulatorHttp.JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        String header(String name) {
            for (Map.Entry<String, List<String>> header : headers.entrySet()) {
                if (header.getKey().equalsIgnoreCase(name)) {
                    return header.getValue().get(0);
                }
            }
            return null;
        }

        static List<String> types(List<Received> all) {
            List<String> types = new ArrayList<>();
            all.forEach(received -> types.add(received.json().path("type").asText()));
            return types;
        }
    }
}
