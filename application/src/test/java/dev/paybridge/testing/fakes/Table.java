package dev.paybridge.testing.fakes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/** One table of the in-memory store: immutable rows by primary key, in insertion order, copied for a savepoint. */
final class Table<K, V> {
    private final Map<K, V> rows = new LinkedHashMap<>();

    Optional<V> get(K key) {
        return Optional.ofNullable(rows.get(key));
    }

    boolean contains(K key) {
        return rows.containsKey(key);
    }

    void put(K key, V row) {
        rows.put(key, row);
    }

    void remove(K key) {
        rows.remove(key);
    }

    List<V> rows() {
        return new ArrayList<>(rows.values());
    }

    List<V> where(Predicate<? super V> condition) {
        return rows.values().stream().filter(condition).toList();
    }

    boolean any(Predicate<? super V> condition) {
        return rows.values().stream().anyMatch(condition);
    }

    Map<K, V> copy() {
        return new LinkedHashMap<>(rows);
    }

    void restore(Map<K, V> copy) {
        rows.clear();
        rows.putAll(copy);
    }
}
