package dev.paybridge.application.outcome;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * What a use case came to, as a value: done with a result, or refused for a reason that is a normal business answer
 * (bad input, an unknown id, a conflict, a gateway that said no). Exceptions are left for bugs and broken
 * infrastructure.
 *
 * @param <T> the result when done
 */
public sealed interface Outcome<T> {

    /** The use case did what was asked. */
    record Done<T>(T value) implements Outcome<T> {
        public Done {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public <R> R fold(Function<? super T, ? extends R> done, Function<Refusal, ? extends R> refused) {
            return done.apply(value);
        }
    }

    /** The use case refused; it changed nothing. */
    record Refused<T>(Refusal refusal) implements Outcome<T> {
        public Refused {
            Objects.requireNonNull(refusal, "refusal");
        }

        @Override
        public <R> R fold(Function<? super T, ? extends R> done, Function<Refusal, ? extends R> refused) {
            return refused.apply(refusal);
        }
    }

    static <T> Outcome<T> done(T value) {
        return new Done<>(value);
    }

    static <T> Outcome<T> refused(Refusal refusal) {
        return new Refused<>(refusal);
    }

    static <T> Outcome<T> refused(RefusalKind kind, String detail) {
        return new Refused<>(new Refusal(kind, detail, Map.of()));
    }

    static <T> Outcome<T> notFound(String what) {
        return refused(Refusal.notFound(what));
    }

    static <T> Outcome<T> invalid(String field, String message) {
        return refused(Violations.of(field, message).refusal());
    }

    /** The one way to read an outcome: one function per case. */
    <R> R fold(Function<? super T, ? extends R> done, Function<Refusal, ? extends R> refused);

    default <R> Outcome<R> map(Function<? super T, ? extends R> mapper) {
        return fold(value -> done(mapper.apply(value)), Outcome::<R>refused);
    }

    default <R> Outcome<R> flatMap(Function<? super T, Outcome<R>> next) {
        return fold(next, Outcome::<R>refused);
    }

    /** Runs {@code action} on the result when done; returns this outcome. */
    default Outcome<T> ifDone(Consumer<? super T> action) {
        fold(value -> {
            action.accept(value);
            return value;
        }, refusal -> refusal);
        return this;
    }

    /** Field messages of a validation refusal, empty otherwise (a shortcut for tests and logs). */
    default Map<String, List<String>> violations() {
        return fold(value -> Map.of(), Refusal::violations);
    }
}
