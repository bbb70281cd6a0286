package dev.paybridge.application.service.jobs;

import java.time.Duration;

/**
 * Tells waiters in this process that some job was settled, so a request waiting for a job held by a worker wakes at
 * once instead of polling; a job settled by another instance is seen at the waiter's next look, at its deadline.
 */
public final class JobSettlements {
    private long settled;

    /** How many settlements this process has seen, to pass to {@link #awaitAfter}. */
    public synchronized long count() {
        return settled;
    }

    synchronized void settled() {
        settled++;
        notifyAll();
    }

    /** Waits until a settlement after {@code seen}, at most {@code max}; false when the time ran out. */
    public synchronized boolean awaitAfter(long seen, Duration max) {
        long deadline = System.nanoTime() + max.toNanos();
        try {
            while (settled == seen) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                wait(left / 1_000_000, (int) (left % 1_000_000));
            }
            return true;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
