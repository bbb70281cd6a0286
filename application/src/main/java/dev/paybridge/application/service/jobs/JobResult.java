package dev.paybridge.application.service.jobs;

import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/** What running a job came to; the job service settles the queue accordingly, in one place. */
public sealed interface JobResult {

    <R> R fold(Supplier<R> done, Function<Retry, R> retry, Function<Failed, R> failed, Supplier<R> notNeeded);

    static JobResult done() {
        return new Done();
    }

    static JobResult retry(String cause) {
        return new Retry(cause);
    }

    static JobResult failed(String reason) {
        return new Failed(reason);
    }

    static JobResult notNeeded() {
        return new NotNeeded();
    }

    /** The work is done. */
    record Done() implements JobResult {
        @Override
        public <R> R fold(Supplier<R> done, Function<Retry, R> retry, Function<Failed, R> failed, Supplier<R> notNeeded) {
            return done.get();
        }
    }

    /** The gateway's outcome is unknown: run it again later, with backoff. */
    record Retry(String cause) implements JobResult {
        public Retry {
            Objects.requireNonNull(cause, "cause");
        }

        @Override
        public <R> R fold(Supplier<R> done, Function<Retry, R> retry, Function<Failed, R> failed, Supplier<R> notNeeded) {
            return retry.apply(this);
        }
    }

    /** The gateway definitely refused: no further attempts until the job is queued again. */
    record Failed(String reason) implements JobResult {
        public Failed {
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public <R> R fold(Supplier<R> done, Function<Retry, R> retry, Function<Failed, R> failed, Supplier<R> notNeeded) {
            return failed.apply(this);
        }
    }

    /** What the job was for is no longer needed (the invoice was voided or paid meanwhile): it is dropped. */
    record NotNeeded() implements JobResult {
        @Override
        public <R> R fold(Supplier<R> done, Function<Retry, R> retry, Function<Failed, R> failed, Supplier<R> notNeeded) {
            return notNeeded.get();
        }
    }
}
