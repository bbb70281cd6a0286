package dev.paybridge.adapters.http.dashboard.session;

import java.time.Duration;
import java.util.Objects;

/**
 * How long dashboard sessions live: {@code idle} since the last page, {@code absolute} since sign-in, whichever ends
 * first; at most {@code maxSessions} at once on this instance (the least recently used goes first past that); and
 * whether cookies are marked {@code Secure} (the public base URL is https).
 */
public record SessionPolicy(Duration idle, Duration absolute, int maxSessions, boolean secureCookies) {
    public static final Duration DEFAULT_IDLE = Duration.ofMinutes(30);
    public static final Duration DEFAULT_ABSOLUTE = Duration.ofHours(8);
    public static final int DEFAULT_MAX_SESSIONS = 10_000;

    public SessionPolicy {
        Objects.requireNonNull(idle, "idle");
        Objects.requireNonNull(absolute, "absolute");
        if (idle.isNegative() || idle.isZero() || absolute.compareTo(idle) < 0) {
            throw new IllegalArgumentException("sessions need a positive idle timeout no longer than their lifetime");
        }
        if (maxSessions < 1) {
            throw new IllegalArgumentException("at least one session must fit");
        }
    }

    /** The defaults, with {@code Secure} cookies exactly when the service is reached over https. */
    public static SessionPolicy forPublicBaseUrl(String publicBaseUrl) {
        return new SessionPolicy(DEFAULT_IDLE, DEFAULT_ABSOLUTE, DEFAULT_MAX_SESSIONS,
                publicBaseUrl.startsWith("https://"));
    }
}
