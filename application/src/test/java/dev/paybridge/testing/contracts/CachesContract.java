package dev.paybridge.testing.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paybridge.application.port.out.cache.BoundedCache;
import dev.paybridge.application.port.out.cache.Caches;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** What every {@code Caches} makes: a cache that loads a key once while it keeps it, forgets on demand, stays bounded. */
public abstract class CachesContract {
    private final AtomicInteger loads = new AtomicInteger();

    protected abstract Caches caches();

    private String load(Integer key) {
        loads.incrementAndGet();
        return "value " + key;
    }

    @Test
    void a_kept_value_is_loaded_once() {
        BoundedCache<Integer, String> cache = caches().bounded(10);
        assertThat(cache.get(1, this::load)).isEqualTo("value 1");
        assertThat(cache.get(1, this::load)).isEqualTo("value 1");
        assertThat(cache.get(2, this::load)).isEqualTo("value 2");
        assertThat(loads).hasValue(2);
    }

    @Test
    void an_invalidated_value_is_loaded_again() {
        BoundedCache<Integer, String> cache = caches().bounded(10);
        cache.get(1, this::load);
        cache.invalidate(1);
        cache.invalidate(7);
        cache.get(1, this::load);
        assertThat(loads).hasValue(2);
    }

    @Test
    void a_cache_keeps_no_more_than_its_size() {
        int size = 10;
        int keys = 10_000;
        BoundedCache<Integer, String> cache = caches().bounded(size);
        for (int round = 0; round < 2; round++) {
            for (int key = 0; key < keys; key++) {
                cache.get(key, this::load);
            }
        }
        assertThat(loads.get() - keys).as("values loaded again in the second round").isGreaterThan(keys / 2);
    }
}
