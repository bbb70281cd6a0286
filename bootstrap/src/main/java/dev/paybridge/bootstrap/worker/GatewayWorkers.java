package dev.paybridge.bootstrap.worker;

import dev.paybridge.application.port.in.jobs.ProcessGatewayJobsUseCase;
import dev.paybridge.application.port.out.SyncSignal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Background threads that run due gateway jobs until none is left, then sleep until woken (a commit queued work here)
 * or until the sweep interval passes (work queued by another instance, retries coming due). Their gateway calls
 * share the {@link WorkerCallSlots}, which decide how many threads run.
 */
public final class GatewayWorkers implements SyncSignal, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(GatewayWorkers.class);
    private static final Duration PAUSE_AFTER_FAILURE = Duration.ofSeconds(1);
    private final ProcessGatewayJobsUseCase jobs;
    private final Duration sweepInterval;
    private final List<Thread> threads = new ArrayList<>();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition woken = lock.newCondition();
    private long wakeups;
    private volatile boolean running = true;

    public GatewayWorkers(ProcessGatewayJobsUseCase jobs, WorkerCallSlots slots, Duration sweepInterval) {
        this.jobs = jobs;
        this.sweepInterval = sweepInterval;
        for (int i = 0; i < slots.workers(); i++) {
            threads.add(slots.newWorker(this::work, "gateway-worker-" + i));
        }
    }

    public void start() {
        threads.forEach(Thread::start);
    }

    @Override
    public void wake() {
        lock.lock();
        try {
            wakeups++;
            woken.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private void work() {
        while (running) {
            long seen = wakeupsSoFar();
            try {
                while (running && jobs.runNextDueJob()) {
                    seen = wakeupsSoFar();
                }
            } catch (Throwable failed) {
                if (!running) {
                    return; // interrupted by close(): the job's lease brings it back to the next start
                }
                // a worker survives anything (an Error included), so the queue never stops without a word
                LOG.error("a gateway job failed; it will be retried when its lease runs out", failed);
                sleep(PAUSE_AFTER_FAILURE);
                continue;
            }
            awaitWakeup(seen);
        }
    }

    private long wakeupsSoFar() {
        lock.lock();
        try {
            return wakeups;
        } finally {
            lock.unlock();
        }
    }

    /** Sleeps unless a wake-up came since {@code seen}, at most one sweep interval. */
    private void awaitWakeup(long seen) {
        lock.lock();
        try {
            long nanos = sweepInterval.toNanos();
            while (running && wakeups == seen && nanos > 0) {
                nanos = woken.awaitNanos(nanos);
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            running = false;
        } finally {
            lock.unlock();
        }
    }

    private void sleep(Duration pause) {
        try {
            TimeUnit.MILLISECONDS.sleep(pause.toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    @Override
    public void close() {
        running = false;
        wake();
        for (Thread thread : threads) {
            thread.interrupt();
        }
        for (Thread thread : threads) {
            try {
                thread.join(5_000);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
