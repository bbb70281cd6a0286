package dev.paybridge.moyasar.simulator;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One fault on the endpoints matching a method and a path pattern ({@code *} or {@code {name}} match one segment,
 * a trailing {@code **} the rest): added latency, then optionally a forced status, a hang or a dropped connection,
 * before or after the request was processed; applied always, or a number of times.
 */
public final class FaultRule {

    /** What the client gets instead of the real answer. */
    public enum Outcome { NONE, STATUS, HANG, DROP }

    private final String id;
    private final String method;
    private final String pathPattern;
    private final String[] segments;
    private final AtomicInteger remaining = new AtomicInteger(-1);
    private volatile Duration latency = Duration.ZERO;
    private volatile Outcome outcome = Outcome.NONE;
    private volatile int status;
    private volatile Duration retryAfter = Duration.ofSeconds(1);
    private volatile boolean afterProcessing;

    FaultRule(String id, String method, String pathPattern) {
        if (pathPattern == null || !pathPattern.startsWith("/")) {
            throw new IllegalArgumentException("path pattern must start with /: " + pathPattern);
        }
        this.id = id;
        this.method = method == null ? "*" : method.toUpperCase(Locale.ROOT);
        this.pathPattern = pathPattern;
        this.segments = pathPattern.split("/");
    }

    /** Waits this long before answering (or before the other outcome). */
    public FaultRule latency(Duration added) {
        if (added.isNegative()) {
            throw new IllegalArgumentException("latency must not be negative");
        }
        latency = added;
        return this;
    }

    /** Answers this HTTP status with Moyasar's error envelope (429 adds {@code Retry-After}). */
    public FaultRule status(int forced) {
        if (forced < 400 || forced > 599) {
            throw new IllegalArgumentException("fault status must be 4xx or 5xx: " + forced);
        }
        status = forced;
        outcome = Outcome.STATUS;
        return this;
    }

    /** The {@code Retry-After} of a forced 429 (whole seconds, may be 0; default 1 s). */
    public FaultRule retryAfter(Duration wait) {
        if (wait.isNegative()) {
            throw new IllegalArgumentException("Retry-After must not be negative");
        }
        retryAfter = wait;
        return this;
    }

    /** Never answers: the client waits until it gives up (or the simulator closes, which drops the connection). */
    public FaultRule hang() {
        outcome = Outcome.HANG;
        return this;
    }

    /** Closes the connection without an answer; the client sees an I/O error. */
    public FaultRule drop() {
        outcome = Outcome.DROP;
        return this;
    }

    /** The request is processed (an invoice really gets created) before the status, hang or drop is applied. */
    public FaultRule afterProcessing() {
        afterProcessing = true;
        return this;
    }

    /** Applies to the next {@code count} matching requests only. */
    public FaultRule times(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("times must be at least 1");
        }
        remaining.set(count);
        return this;
    }

    public FaultRule once() {
        return times(1);
    }

    /** Applies to every matching request (the default). */
    public FaultRule always() {
        remaining.set(-1);
        return this;
    }

    public String id() {
        return id;
    }

    public String method() {
        return method;
    }

    public String pathPattern() {
        return pathPattern;
    }

    public Duration latency() {
        return latency;
    }

    public Outcome outcome() {
        return outcome;
    }

    /** The forced status, meaningful when the outcome is {@link Outcome#STATUS}. */
    public int status() {
        return status;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    public boolean isAfterProcessing() {
        return afterProcessing;
    }

    /** Uses left, or -1 when unlimited. */
    public int remaining() {
        return remaining.get();
    }

    boolean matches(String requestMethod, String path) {
        if (!method.equals("*") && !method.equalsIgnoreCase(requestMethod)) {
            return false;
        }
        String[] actual = path.split("/");
        for (int i = 0; i < segments.length; i++) {
            if (segments[i].equals("**") && i == segments.length - 1) {
                return true;
            }
            if (i >= actual.length || !segmentMatches(segments[i], actual[i])) {
                return false;
            }
        }
        return actual.length == segments.length;
    }

    private static boolean segmentMatches(String pattern, String actual) {
        return pattern.equals("*") || (pattern.startsWith("{") && pattern.endsWith("}")) || pattern.equals(actual);
    }

    /** Takes one use; false when the rule is used up. */
    boolean tryUse() {
        while (true) {
            int left = remaining.get();
            if (left == 0) {
                return false;
            }
            if (left < 0 || remaining.compareAndSet(left, left - 1)) {
                return true;
            }
        }
    }

    /** A short description for the request log, e.g. {@code latency 100ms, status 503 after processing}. */
    String describe() {
        StringBuilder text = new StringBuilder();
        if (!latency.isZero()) {
            text.append("latency ").append(latency.toMillis()).append("ms");
        }
        if (outcome != Outcome.NONE) {
            text.append(text.length() > 0 ? ", " : "")
                    .append(outcome == Outcome.STATUS ? "status " + status : outcome.name().toLowerCase(Locale.ROOT))
                    .append(afterProcessing ? " after processing" : "");
        }
        return text.toString();
    }
}
