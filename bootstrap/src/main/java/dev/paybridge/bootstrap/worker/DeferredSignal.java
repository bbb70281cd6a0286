package dev.paybridge.bootstrap.worker;

import dev.paybridge.application.port.out.SyncSignal;

/** Lets services be wired before the workers they wake exist; wake-ups before that are not needed (nothing runs yet). */
public final class DeferredSignal implements SyncSignal {
    private volatile SyncSignal target = () -> { };

    public void target(SyncSignal workers) {
        this.target = workers;
    }

    @Override
    public void wake() {
        target.wake();
    }
}
