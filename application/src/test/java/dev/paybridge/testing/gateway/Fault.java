package dev.paybridge.testing.gateway;

import dev.paybridge.application.spi.GatewayResult;
import java.time.Duration;

/** What the fake gateway was told to do to one call instead of simply answering it. */
record Fault(Kind kind, GatewayResult.RefusalReason reason, String message, Duration delay) {

    /** The ways a scripted call goes wrong. */
    enum Kind {
        /** Answers unknown; the call took no effect (a connection reset before the gateway saw it). */
        UNKNOWN_BEFORE_EFFECT,
        /** Answers unknown; the call took effect (a timeout after the gateway did it). */
        UNKNOWN_AFTER_EFFECT,
        /** Answers a definite no; nothing happens. */
        REFUSED,
        /** Answers as usual, after the clock moved on by {@code delay}. */
        SLOW
    }
}
