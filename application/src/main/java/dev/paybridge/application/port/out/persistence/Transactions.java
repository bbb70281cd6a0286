package dev.paybridge.application.port.out.persistence;

import java.util.function.Supplier;

/** Runs work in one database transaction: repositories called inside it share it; it commits when work returns. */
public interface Transactions {

    <T> T inTransaction(Supplier<T> work);
}
