package dev.paybridge.bootstrap.worker;

import dev.paybridge.application.port.in.webhook.ReconcilePaymentsUseCase;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the reconciliation sweep on a schedule. Each link is looked at once per interval, whichever instance takes it;
 * the sweep itself wakes five times per interval (at least every second, at most every minute) to spread the work.
 */
public final class ReconciliationSweep implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ReconciliationSweep.class);
    private final ScheduledExecutorService scheduler;

    private ReconciliationSweep(ScheduledExecutorService scheduler) {
        this.scheduler = scheduler;
    }

    public static ReconciliationSweep start(ReconcilePaymentsUseCase reconcile, Duration interval) {
        long period = Math.max(1_000, Math.min(60_000, interval.toMillis() / 5));
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "reconciliation-sweep");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(() -> {
            try {
                reconcile.reconcileDueLinks();
            } catch (Throwable failed) {
                // a scheduled task that throws is never run again: the sweep must survive anything
                LOG.error("the reconciliation sweep failed; it runs again at the next tick", failed);
            }
        }, period, period, TimeUnit.MILLISECONDS);
        return new ReconciliationSweep(scheduler);
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
