package dev.paybridge.testing.fakes;

import dev.paybridge.application.port.out.cache.BoundedCache;
import dev.paybridge.application.port.out.cache.Caches;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/** Bounded caches as a least-recently-used map: simple, synchronous, and exact about what it keeps. */
public final class InMemoryCaches implements Caches {

    @Override
    public <K, V> BoundedCache<K, V> bounded(int maximumSize) {
        Map<K, V> kept = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > maximumSize;
            }
        };
        return new BoundedCache<>() {
            @Override
            public synchronized V get(K key, Function<? super K, ? extends V> load) {
                V value = kept.get(key);
                if (value == null) {
                    value = load.apply(key);
                    kept.put(key, value);
                }
                return value;
            }

            @Override
            public synchronized void invalidate(K key) {
                kept.remove(key);
            }
        };
    }
}
