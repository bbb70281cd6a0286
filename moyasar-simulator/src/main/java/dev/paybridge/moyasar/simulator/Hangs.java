package dev.paybridge.moyasar.simulator;

import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/** Requests held open by a hang fault without holding a thread; all are let go when the simulator closes. */
final class Hangs {

    private final Set<CompletableFuture<Void>> pending = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    CompletableFuture<Void> hold() {
        CompletableFuture<Void> hang = new CompletableFuture<>();
        pending.add(hang);
        hang.whenComplete((ignored, error) -> pending.remove(hang));
        if (closed) {
            hang.complete(null);
        }
        return hang;
    }

    void releaseAll() {
        closed = true;
        pending.forEach(hang -> hang.complete(null));
    }
}
