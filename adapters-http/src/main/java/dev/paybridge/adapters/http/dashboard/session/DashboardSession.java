package dev.paybridge.adapters.http.dashboard.session;

import dev.paybridge.domain.tenant.Scope;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One signed-in person on this instance: the tenant environment their key acts in, the key itself (re-checked on
 * every page), the CSRF token every form of theirs carries, when it started and was last used, and a pending notice.
 */
public final class DashboardSession {
    private final Scope scope;
    private final PresentedKey key;
    private final String csrfToken;
    private final Instant startedAt;
    private volatile Instant lastSeenAt;
    private final AtomicReference<Flash> flash = new AtomicReference<>();

    DashboardSession(Scope scope, PresentedKey key, String csrfToken, Instant startedAt) {
        this.scope = Objects.requireNonNull(scope, "scope");
        this.key = Objects.requireNonNull(key, "key");
        this.csrfToken = Objects.requireNonNull(csrfToken, "csrfToken");
        this.startedAt = Objects.requireNonNull(startedAt, "startedAt");
        this.lastSeenAt = startedAt;
    }

    public Scope scope() {
        return scope;
    }

    public PresentedKey key() {
        return key;
    }

    public String csrfToken() {
        return csrfToken;
    }

    Instant startedAt() {
        return startedAt;
    }

    Instant lastSeenAt() {
        return lastSeenAt;
    }

    void seenAt(Instant now) {
        lastSeenAt = now;
    }

    /** Leaves a notice for the next page. */
    public void flash(Flash notice) {
        flash.set(notice);
    }

    /** The pending notice, which is then gone. */
    public Optional<Flash> takeFlash() {
        return Optional.ofNullable(flash.getAndSet(null));
    }

    @Override
    public String toString() {
        return "DashboardSession[" + scope + ", since " + startedAt + "]";
    }
}
