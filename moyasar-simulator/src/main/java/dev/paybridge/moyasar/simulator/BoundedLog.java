package dev.paybridge.moyasar.simulator;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/** A thread-safe append-only log that keeps the newest {@value #CAPACITY} entries. */
final class BoundedLog<T> {

    static final int CAPACITY = 10_000;

    private final Deque<T> entries = new ArrayDeque<>();

    synchronized void add(T entry) {
        if (entries.size() == CAPACITY) {
            entries.removeFirst();
        }
        entries.addLast(entry);
    }

    /** The entries, oldest first. */
    synchronized List<T> entries() {
        return List.copyOf(entries);
    }

    synchronized void clear() {
        entries.clear();
    }
}
