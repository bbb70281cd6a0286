package dev.paybridge.bootstrap.cache;

import dev.paybridge.application.port.out.cache.Caches;
import dev.paybridge.testing.contracts.CachesContract;

/** The Caffeine caches held to the cache contract the in-memory ones keep too. */
class CaffeineCachesTest extends CachesContract {

    @Override
    protected Caches caches() {
        return new CaffeineCaches();
    }
}
