package dev.paybridge.testing.fakes;

import dev.paybridge.application.port.out.SyncSignal;
import java.util.concurrent.atomic.AtomicInteger;

/** A sync signal that only counts its wake-ups, so a test can say whether the workers were woken. */
public final class CountingSyncSignal implements SyncSignal {
    private final AtomicInteger wakeUps = new AtomicInteger();

    @Override
    public void wake() {
        wakeUps.incrementAndGet();
    }

    public int wakeUps() {
        return wakeUps.get();
    }
}
