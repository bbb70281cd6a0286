package dev.paybridge.bootstrap.worker;

import dev.paybridge.application.port.out.GatewayCallSlots;
import dev.paybridge.application.spi.GatewayResult;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The gateway workers' call slots: calls made on a worker thread run at most {@code count} at once, in the order
 * they asked, each waiting at most {@code longestWait} for its slot; calls made on any other thread (an API request,
 * the reconciliation sweep) take none. Twice as many workers as slots run, so while a call holds a slot another
 * worker does its job's database work and stands ready with the next call.
 */
public final class WorkerCallSlots implements GatewayCallSlots {
    private final int count;
    private final Semaphore free;
    private final Duration longestWait;

    public WorkerCallSlots(int count, Duration longestWait) {
        if (count < 1) {
            throw new IllegalArgumentException("at least one gateway call slot is needed, not " + count);
        }
        this.count = count;
        this.free = new Semaphore(count, true);
        this.longestWait = longestWait;
    }

    @Override
    public <T> GatewayResult<T> call(Supplier<GatewayResult<T>> call) {
        if (!(Thread.currentThread() instanceof Worker)) {
            return call.get();
        }
        try {
            if (!free.tryAcquire(longestWait.toNanos(), TimeUnit.NANOSECONDS)) {
                return GatewayResult.unknown("no gateway call slot came free within " + longestWait.toMillis()
                        + " ms, so the call was not made");
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return GatewayResult.unknown("interrupted while waiting for a gateway call slot; the call was not made");
        }
        try {
            return call.get();
        } finally {
            free.release();
        }
    }

    /** How many worker threads share the slots. */
    int workers() {
        return 2 * count;
    }

    /** A daemon thread whose gateway calls take a slot. */
    Thread newWorker(Runnable work, String name) {
        return new Worker(work, name);
    }

    private static final class Worker extends Thread {
        Worker(Runnable work, String name) {
            super(work, name);
            setDaemon(true);
        }
    }
}
