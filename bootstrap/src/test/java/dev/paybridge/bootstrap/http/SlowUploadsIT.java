package dev.paybridge.bootstrap.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paybridge.bootstrap.probe.HealthLatencies;
import dev.paybridge.bootstrap.probe.SlowUploads;
import dev.paybridge.bootstrap.testing.RawHttpConnection;
import dev.paybridge.bootstrap.testing.RunningService;
import java.net.URI;
import java.time.Duration;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SlowUploadsIT {
    private static final int UPLOADS = 300;
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
    void health_answers_while_three_hundred_slow_uploads_are_open_and_the_server_ends_them() throws Exception {
        URI base = URI.create(service.baseUrl());
        HealthLatencies health = new HealthLatencies(base.resolve("/health"), Duration.ofSeconds(2));
        try (SlowUploads attack = SlowUploads.start(base.resolve("/v1/webhooks/moyasar/tenant_slow/env_slow"),
                UPLOADS, Duration.ofSeconds(2))) {
            awaitUntil(() -> attack.opened() >= UPLOADS, Duration.ofSeconds(30));

            long slowest = 0;
            long sampleUntil = System.nanoTime() + Duration.ofSeconds(8).toNanos();
            while (System.nanoTime() < sampleUntil) {
                OptionalLong micros = health.once();
                assertThat(micros).as("/health within 2 s with %d uploads open", attack.open()).isPresent();
                slowest = Math.max(slowest, micros.getAsLong());
                Thread.sleep(100);
            }
            awaitUntil(() -> attack.ended() >= UPLOADS, Duration.ofSeconds(60));

            assertThat(slowest).isLessThan(2_000_000);
            assertThat(attack.endings().keySet()).as(attack.endings().toString())
                    .isSubsetOf("408 application/problem+json", "closed");
        }
    }

    @Test
    void a_small_body_that_follows_its_headers_after_a_pause_is_read_not_refused_as_slow() throws Exception {
        String body = "{\"id\":\"evt_1\",\"type\":\"payment_paid\",\"data\":{}}";
        try (RawHttpConnection connection = RawHttpConnection.open(URI.create(service.baseUrl()).getPort())) {
            connection.send("POST /v1/webhooks/moyasar/tenant_pause/env_pause HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: application/json\r\nContent-Length: " + body.length() + "\r\n\r\n"
                    + body.substring(0, 10));
            Thread.sleep(1_500);
            RawHttpConnection.Answer answer = connection.send(body.substring(10)).answer();

            assertThat(answer.status()).as(answer.toString()).isEqualTo(401);
        }
    }

    private static void awaitUntil(java.util.function.BooleanSupplier condition, Duration patience)
            throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited %s", patience).isLessThan(deadline);
            Thread.sleep(50);
        }
    }
}
