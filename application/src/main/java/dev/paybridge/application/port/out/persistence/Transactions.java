package dev.paybridge.application.port.out.persistence;

import dev.paybridge.application.outcome.Outcome;
import java.util.function.Supplier;

/** Runs work in one database transaction: repositories called inside it share it. */
public interface Transactions {

    /** Commits when {@code work} returns, rolls back when it throws. */
    <T> T inTransaction(Supplier<T> work);

    /** Commits when {@code work} is done, rolls back everything it wrote when it refuses (or throws). */
    <T> Outcome<T> attempt(Supplier<Outcome<T>> work);
}
