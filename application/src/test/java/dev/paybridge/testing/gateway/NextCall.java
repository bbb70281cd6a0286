package dev.paybridge.testing.gateway;

import dev.paybridge.application.spi.GatewayResult.RefusalReason;
import java.time.Duration;
import java.util.Optional;
import java.util.function.BiConsumer;

/** Scripts the next call (of one operation, or of any): {@code gateway.onNext(CREATE_LINK).unknownAfterEffect()}. */
public final class NextCall {
    private final Optional<GatewayOperation> operation;
    private final BiConsumer<Optional<GatewayOperation>, Fault> script;

    NextCall(Optional<GatewayOperation> operation, BiConsumer<Optional<GatewayOperation>, Fault> script) {
        this.operation = operation;
        this.script = script;
    }

    /** Its outcome is unknown and it did nothing at the gateway. */
    public void unknown() {
        script.accept(operation, new Fault(Fault.Kind.UNKNOWN_BEFORE_EFFECT, null, null, null));
    }

    /** Its outcome is unknown but it did take effect at the gateway. */
    public void unknownAfterEffect() {
        script.accept(operation, new Fault(Fault.Kind.UNKNOWN_AFTER_EFFECT, null, null, null));
    }

    /** The gateway refuses it for {@code reason}. */
    public void refused(RefusalReason reason, String message) {
        script.accept(operation, new Fault(Fault.Kind.REFUSED, reason, message, null));
    }

    /** It takes {@code delay} on the test's clock, then answers as usual. */
    public void slow(Duration delay) {
        script.accept(operation, new Fault(Fault.Kind.SLOW, null, null, delay));
    }
}
