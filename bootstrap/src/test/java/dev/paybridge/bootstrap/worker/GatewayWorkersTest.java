package dev.paybridge.bootstrap.worker;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.paybridge.application.port.in.jobs.ProcessGatewayJobsUseCase;
import dev.paybridge.application.spi.GatewayResult;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class GatewayWorkersTest {

    @Test
    void the_next_job_does_its_work_before_the_call_while_a_call_holds_the_only_slot() throws Exception {
        WorkerCallSlots slots = new WorkerCallSlots(1, Duration.ofSeconds(30));
        CountDownLatch firstCallInFlight = new CountDownLatch(1);
        CountDownLatch secondPrepared = new CountDownLatch(1);
        CountDownLatch bothDone = new CountDownLatch(2);
        AtomicInteger started = new AtomicInteger();
        ProcessGatewayJobsUseCase twoJobs = () -> {
            int job = started.getAndIncrement();
            if (job > 1) {
                return false;
            }
            if (job == 1) {
                await(firstCallInFlight); // the second job's database work, done while the first call is out
                secondPrepared.countDown();
            }
            slots.call(() -> {
                if (job == 0) {
                    firstCallInFlight.countDown();
                    await(secondPrepared);
                }
                return GatewayResult.succeeded("made");
            });
            bothDone.countDown();
            return true;
        };

        try (GatewayWorkers workers = new GatewayWorkers(twoJobs, slots, Duration.ofMinutes(1))) {
            workers.start();

            assertThat(secondPrepared.await(5, TimeUnit.SECONDS)).isTrue();
            assertThat(bothDone.await(10, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void a_job_interrupted_by_close_is_left_to_its_lease_without_an_error() throws Exception {
        Logger log = (Logger) LoggerFactory.getLogger(GatewayWorkers.class);
        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        logged.start();
        log.addAppender(logged);
        CountDownLatch running = new CountDownLatch(1);
        ProcessGatewayJobsUseCase waitsForTheDatabase = () -> {
            running.countDown();
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException interrupted) {
                // as the pool answers a worker interrupted while it waits for a connection
                throw new IllegalStateException("Interrupted during connection acquisition", interrupted);
            }
            return true;
        };
        try {
            GatewayWorkers workers = new GatewayWorkers(waitsForTheDatabase, new WorkerCallSlots(1,
                    Duration.ofSeconds(30)), Duration.ofMinutes(1));
            workers.start();
            assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();

            workers.close();

            assertThat(logged.list).isEmpty();
        } finally {
            log.detachAppender(logged);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
