package dev.paybridge.bootstrap.worker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paybridge.application.spi.GatewayResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class WorkerCallSlotsTest {
    private static final Duration LONG = Duration.ofSeconds(30);

    @Test
    void workers_make_at_most_as_many_calls_at_once_as_there_are_slots() throws Exception {
        WorkerCallSlots slots = new WorkerCallSlots(2, LONG);
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        CountDownLatch twoInFlight = new CountDownLatch(2);
        CountDownLatch release = new CountDownLatch(1);
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < slots.workers(); i++) {
            workers.add(slots.newWorker(() -> slots.call(() -> {
                most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                twoInFlight.countDown();
                await(release);
                inFlight.decrementAndGet();
                return GatewayResult.succeeded("made");
            }), "worker-" + i));
        }
        workers.forEach(Thread::start);

        assertThat(twoInFlight.await(10, TimeUnit.SECONDS)).isTrue();
        Thread.sleep(200); // time for a third call to start, if a slot let it
        assertThat(most.get()).isEqualTo(2);
        release.countDown();
        for (Thread worker : workers) {
            worker.join(10_000);
        }
        assertThat(most.get()).isEqualTo(2);
        assertThat(slots.workers()).isEqualTo(4);
    }

    @Test
    void a_call_on_any_other_thread_takes_no_slot() throws Exception {
        WorkerCallSlots slots = new WorkerCallSlots(1, LONG);
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread worker = slots.newWorker(() -> slots.call(() -> {
            holding.countDown();
            await(release);
            return GatewayResult.succeeded("made");
        }), "worker");
        worker.start();
        assertThat(holding.await(10, TimeUnit.SECONDS)).isTrue();

        GatewayResult<String> fromRequest = slots.call(() -> GatewayResult.succeeded("made at once"));

        assertThat(outcome(fromRequest)).isEqualTo("made at once");
        release.countDown();
        worker.join(10_000);
    }

    @Test
    void a_worker_that_finds_no_slot_in_time_makes_no_call_and_answers_unknown() throws Exception {
        WorkerCallSlots slots = new WorkerCallSlots(1, Duration.ofMillis(100));
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger made = new AtomicInteger();
        AtomicReference<String> answer = new AtomicReference<>();
        Thread first = slots.newWorker(() -> slots.call(() -> {
            holding.countDown();
            await(release);
            return GatewayResult.succeeded("made");
        }), "first");
        Thread second = slots.newWorker(() -> answer.set(outcome(slots.call(() -> {
            made.incrementAndGet();
            return GatewayResult.succeeded("made");
        }))), "second");
        first.start();
        assertThat(holding.await(10, TimeUnit.SECONDS)).isTrue();

        second.start();
        second.join(10_000);

        assertThat(made.get()).isZero();
        assertThat(answer.get()).isEqualTo("no gateway call slot came free within 100 ms, so the call was not made");
        release.countDown();
        first.join(10_000);
    }

    @Test
    void a_call_that_throws_gives_its_slot_back() throws Exception {
        WorkerCallSlots slots = new WorkerCallSlots(1, Duration.ofMillis(100));
        AtomicReference<String> answer = new AtomicReference<>();
        Thread worker = slots.newWorker(() -> {
            try {
                slots.call(() -> {
                    throw new IllegalStateException("plugin bug");
                });
            } catch (IllegalStateException expected) {
                answer.set(outcome(slots.call(() -> GatewayResult.succeeded("made after"))));
            }
        }, "worker");
        worker.start();
        worker.join(10_000);

        assertThat(answer.get()).isEqualTo("made after");
    }

    private static String outcome(GatewayResult<String> result) {
        return result.fold(value -> value, refused -> "refused: " + refused.message(), unknown -> unknown.cause());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
