package dev.paybridge.testing.gateway;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/** The faults queued for coming calls, each used by the first call it matches. */
final class FakeScript {
    private final List<Scripted> queued = new ArrayList<>();

    synchronized void add(Optional<GatewayOperation> operation, Fault fault) {
        queued.add(new Scripted(operation, fault));
    }

    synchronized Optional<Fault> take(GatewayOperation operation) {
        for (Iterator<Scripted> it = queued.iterator(); it.hasNext();) {
            Scripted next = it.next();
            if (next.operation().map(operation::equals).orElse(true)) {
                it.remove();
                return Optional.of(next.fault());
            }
        }
        return Optional.empty();
    }

    private record Scripted(Optional<GatewayOperation> operation, Fault fault) {
    }
}
