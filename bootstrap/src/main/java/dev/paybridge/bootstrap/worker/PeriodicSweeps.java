package dev.paybridge.bootstrap.worker;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the service's periodic sweeps (reconciliation, event retention) on one background thread. A sweep that fails,
 * whatever it throws, is logged and runs again at its next tick: a scheduled task that escapes is never run again.
 */
public final class PeriodicSweeps implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PeriodicSweeps.class);
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "periodic-sweeps");
        thread.setDaemon(true);
        return thread;
    });

    /** Runs {@code sweep} every {@code period}, the first time one period from now. */
    public PeriodicSweeps every(Duration period, String name, Runnable sweep) {
        scheduler.scheduleWithFixedDelay(() -> {
            try {
                sweep.run();
            } catch (Throwable failed) {
                LOG.error("the {} sweep failed; it runs again at its next tick", name, failed);
            }
        }, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
        return this;
    }

    /** Runs {@code task} once, now, on the sweeps' thread (before any sweep's first tick). */
    public PeriodicSweeps once(String name, Runnable task) {
        scheduler.execute(() -> {
            try {
                task.run();
            } catch (Throwable failed) {
                LOG.warn("the {} failed; what it prepares is built at its first use instead", name, failed);
            }
        });
        return this;
    }

    /**
     * The reconciliation sweep's tick: each link is looked at once per interval, whichever instance takes it; the
     * sweep wakes five times per interval (at least every second, at most every minute) to spread the work.
     */
    public static Duration reconciliationTick(Duration interval) {
        return Duration.ofMillis(Math.max(1_000, Math.min(60_000, interval.toMillis() / 5)));
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
        try {
            scheduler.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
