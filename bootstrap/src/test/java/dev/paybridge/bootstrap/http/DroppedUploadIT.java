package dev.paybridge.bootstrap.http;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.paybridge.bootstrap.testing.RawHttpConnection;
import dev.paybridge.bootstrap.testing.RunningService;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class DroppedUploadIT {
    private static final String HTTP_ADAPTER = "dev.paybridge.adapters.http";
    private static RunningService service;
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private Level adapterLevel;

    @BeforeAll
    static void startService() {
        service = RunningService.start();
    }

    @AfterAll
    static void stopService() {
        service.close();
    }

    @BeforeEach
    void captureTheLog() {
        Logger adapter = (Logger) LoggerFactory.getLogger(HTTP_ADAPTER);
        adapterLevel = adapter.getLevel();
        adapter.setLevel(Level.DEBUG);
        log.start();
        ((Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).addAppender(log);
    }

    @AfterEach
    void releaseTheLog() {
        ((Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).detachAppender(log);
        ((Logger) LoggerFactory.getLogger(HTTP_ADAPTER)).setLevel(adapterLevel);
    }

    @Test
    void a_client_that_drops_mid_upload_costs_one_debug_line_and_no_error() throws Exception {
        String path = "/v1/webhooks/moyasar/tenant_dropped/env_dropped";
        try (RawHttpConnection connection = RawHttpConnection.open(URI.create(service.baseUrl()).getPort())) {
            connection.send("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 5000\r\n\r\n{\"id\": \"evt_1\", \"type\": \"payment_paid\", \"da");
        }

        List<ILoggingEvent> aboutIt = awaitEventsMentioning(path, Duration.ofSeconds(10));
        assertThat(aboutIt).hasSize(1);
        assertThat(aboutIt.get(0).getLevel()).isEqualTo(Level.DEBUG);
        assertThat(aboutIt.get(0).getThrowableProxy()).isNull();
        assertThat(aboutIt.get(0).getFormattedMessage()).doesNotContain("\n");
        assertThat(log.list).noneMatch(event -> event.getLevel().isGreaterOrEqual(Level.WARN));
        assertThat(service.anonymous().get("/health").status()).isEqualTo(200);
    }

    private List<ILoggingEvent> awaitEventsMentioning(String path, Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < deadline) {
            List<ILoggingEvent> events = List.copyOf(log.list).stream()
                    .filter(event -> event.getFormattedMessage().contains(path)).toList();
            if (!events.isEmpty()) {
                Thread.sleep(500);
                return List.copyOf(log.list).stream()
                        .filter(event -> event.getFormattedMessage().contains(path)).toList();
            }
            Thread.sleep(20);
        }
        return List.of();
    }
}
