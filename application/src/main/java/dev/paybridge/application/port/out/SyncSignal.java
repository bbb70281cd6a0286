package dev.paybridge.application.port.out;

/** Wakes the sync workers after a commit that queued work, so a fresh finalize waits for no polling interval. */
@FunctionalInterface
public interface SyncSignal {

    void wake();
}
