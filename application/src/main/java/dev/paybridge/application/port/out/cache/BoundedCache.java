package dev.paybridge.application.port.out.cache;

import java.util.function.Function;

/** A thread-safe memory of values by key that forgets the least recently used ones past its size. */
public interface BoundedCache<K, V> {

    /** The value kept for {@code key}, or the one {@code load} makes (kept from then on); never null. */
    V get(K key, Function<? super K, ? extends V> load);

    /** Forgets the value of {@code key}, if one is kept. */
    void invalidate(K key);
}
