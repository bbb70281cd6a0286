package dev.paybridge.adapters.http.ops;

/** Tells whether the service can do its work now (the database answers). */
@FunctionalInterface
public interface ReadinessCheck {

    boolean isReady();
}
