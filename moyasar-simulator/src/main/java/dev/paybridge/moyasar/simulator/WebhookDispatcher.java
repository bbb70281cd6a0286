package dev.paybridge.moyasar.simulator;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sends deliveries with the JDK HTTP client: a non-2xx answer or a timeout is retried after each delay of the
 * schedule (unless the delivery is sent once only), then the delivery is dropped. Every attempt, and every delivery
 * not sent, lands in the delivery log.
 */
final class WebhookDispatcher implements DeliveryRoute, AutoCloseable {

    static final String USER_AGENT = "Moyasar-Webhooks/1.0 (paybridge moyasar-simulator)";

    private final List<Duration> retryDelays;
    private final Duration timeout;
    private final WebhookFaults faults;
    private final BoundedLog<WebhookDelivery> log;
    private final Clock clock;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(
            daemonThreads("moyasar-simulator-webhooks"));
    private final ExecutorService httpExecutor = Executors.newCachedThreadPool(
            daemonThreads("moyasar-simulator-webhook-http"));
    private final HttpClient client;
    private volatile boolean closed;

    WebhookDispatcher(SimulatorOptions options, WebhookFaults faults, BoundedLog<WebhookDelivery> log, Clock clock) {
        this.retryDelays = options.webhookRetryDelays();
        this.timeout = options.webhookTimeout();
        this.faults = faults;
        this.log = log;
        this.clock = clock;
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout)
                .executor(httpExecutor).build();
    }

    void dispatch(OutgoingDelivery delivery) {
        faults.route(delivery, this);
    }

    void dispatchWithoutFaults(OutgoingDelivery delivery) {
        send(delivery, Duration.ZERO);
    }

    @Override
    public void send(OutgoingDelivery delivery, Duration delay) {
        schedule(() -> attempt(delivery, 1), delay);
    }

    @Override
    public void sendInOrder(List<OutgoingDelivery> deliveries) {
        schedule(() -> sendFrom(deliveries, 0), Duration.ZERO);
    }

    private void sendFrom(List<OutgoingDelivery> deliveries, int index) {
        if (index < deliveries.size()) {
            attempt(deliveries.get(index), 1).whenComplete((ignored, error) -> sendFrom(deliveries, index + 1));
        }
    }

    @Override
    public void dropped(OutgoingDelivery delivery) {
        discarded(delivery, "dropped by a webhook fault");
    }

    /** Logs a delivery that is never sent, saying why. */
    void discarded(OutgoingDelivery delivery, String reason) {
        record(delivery, 1, null, reason);
    }

    private CompletableFuture<Void> attempt(OutgoingDelivery delivery, int attempt) {
        if (closed) {
            return CompletableFuture.completedFuture(null);
        }
        HttpRequest request;
        try {
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(delivery.url()))
                    .timeout(timeout)
                    .header("Content-Type", "application/json")
                    .header("User-Agent", USER_AGENT)
                    .method(delivery.httpMethod().toUpperCase(Locale.ROOT),
                            HttpRequest.BodyPublishers.ofString(delivery.body()));
            delivery.headers().forEach(builder::header);
            request = builder.build();
        } catch (IllegalArgumentException e) {
            record(delivery, attempt, null, "invalid URL: " + e.getMessage());
            return CompletableFuture.completedFuture(null);
        }
        return client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).handle((response, error) -> {
            Integer status = response == null ? null : response.statusCode();
            WebhookDelivery logged = record(delivery, attempt, status, error == null ? null : describe(error));
            if (!logged.delivered() && delivery.retried() && attempt <= retryDelays.size()) {
                schedule(() -> attempt(delivery, attempt + 1), retryDelays.get(attempt - 1));
            }
            return null;
        });
    }

    private WebhookDelivery record(OutgoingDelivery delivery, int attempt, Integer status, String error) {
        WebhookDelivery logged = new WebhookDelivery(delivery.eventId(), delivery.eventType(), delivery.url(),
                attempt, status, error, clock.instant().truncatedTo(ChronoUnit.MILLIS), delivery.body());
        log.add(logged);
        return logged;
    }

    private String describe(Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        if (cause instanceof HttpTimeoutException) {
            return "timed out after " + timeout.toMillis() + " ms";
        }
        return cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
    }

    private void schedule(Runnable task, Duration delay) {
        if (closed) {
            return;
        }
        try {
            scheduler.schedule(task, delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            // closed between the check and the call: the delivery is abandoned with the simulator
        }
    }

    @Override
    public void close() {
        closed = true;
        scheduler.shutdownNow();
        httpExecutor.shutdownNow();
    }

    private static ThreadFactory daemonThreads(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
