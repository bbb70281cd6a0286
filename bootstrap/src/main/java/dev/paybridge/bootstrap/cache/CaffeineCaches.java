package dev.paybridge.bootstrap.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.paybridge.application.port.out.cache.BoundedCache;
import dev.paybridge.application.port.out.cache.Caches;
import java.util.function.Function;

/** Bounded caches on Caffeine (size-bounded, least recently and least frequently used entries go first). */
public final class CaffeineCaches implements Caches {

    @Override
    public <K, V> BoundedCache<K, V> bounded(int maximumSize) {
        Cache<K, V> cache = Caffeine.newBuilder().maximumSize(maximumSize).build();
        return new BoundedCache<>() {
            @Override
            public V get(K key, Function<? super K, ? extends V> load) {
                return cache.get(key, load);
            }

            @Override
            public void invalidate(K key) {
                cache.invalidate(key);
            }
        };
    }
}
