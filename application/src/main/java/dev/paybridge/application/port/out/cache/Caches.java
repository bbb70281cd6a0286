package dev.paybridge.application.port.out.cache;

/** Makes bounded caches (a well-kept cache library behind it). */
@FunctionalInterface
public interface Caches {

    <K, V> BoundedCache<K, V> bounded(int maximumSize);
}
