package dev.paybridge.testing.fakes;

import dev.paybridge.application.port.out.cache.Caches;
import dev.paybridge.testing.contracts.CachesContract;

/** The in-memory caches held to the cache contract. */
class InMemoryCachesTest extends CachesContract {

    @Override
    protected Caches caches() {
        return new InMemoryCaches();
    }
}
