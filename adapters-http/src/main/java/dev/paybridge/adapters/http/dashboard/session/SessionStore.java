package dev.paybridge.adapters.http.dashboard.session;

import dev.paybridge.domain.tenant.Scope;
import dev.paybridge.domain.tenant.SecretHash;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The dashboard sessions of this instance, in memory: keyed by a hash of the cookie's random id (the id itself is
 * kept nowhere), ended by sign-out, by idle time and by age. Behind a load balancer, sessions need sticky routing.
 */
public final class SessionStore {
    private final Map<String, DashboardSession> sessions = new ConcurrentHashMap<>();
    private final SessionPolicy policy;
    private final Clock clock;

    public SessionStore(SessionPolicy policy, Clock clock) {
        this.policy = policy;
        this.clock = clock;
    }

    public SessionPolicy policy() {
        return policy;
    }

    /** A new session; the returned id goes into the cookie and nowhere else. */
    public StartedSession start(Scope scope, PresentedKey key) {
        Instant now = clock.instant();
        makeRoom(now);
        String id = RandomTokens.next();
        DashboardSession session = new DashboardSession(scope, key, RandomTokens.next(), now);
        sessions.put(SecretHash.sha256Hex(id), session);
        return new StartedSession(id, session);
    }

    /** The live session of this id, marked as used now; empty when unknown or expired (an expired one is ended). */
    public Optional<DashboardSession> find(String id) {
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        String key = SecretHash.sha256Hex(id);
        DashboardSession session = sessions.get(key);
        if (session == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (expired(session, now)) {
            sessions.remove(key, session);
            return Optional.empty();
        }
        session.seenAt(now);
        return Optional.of(session);
    }

    public void end(String id) {
        if (id != null && !id.isEmpty()) {
            sessions.remove(SecretHash.sha256Hex(id));
        }
    }

    public int size() {
        return sessions.size();
    }

    private boolean expired(DashboardSession session, Instant now) {
        return !now.isBefore(session.lastSeenAt().plus(policy.idle()))
                || !now.isBefore(session.startedAt().plus(policy.absolute()));
    }

    private void makeRoom(Instant now) {
        sessions.entrySet().removeIf(entry -> expired(entry.getValue(), now));
        while (sessions.size() >= policy.maxSessions()) {
            sessions.entrySet().stream().min(Comparator.comparing(entry -> entry.getValue().lastSeenAt()))
                    .ifPresent(oldest -> sessions.remove(oldest.getKey(), oldest.getValue()));
        }
    }

    /** A session just started and the id its cookie carries. */
    public record StartedSession(String id, DashboardSession session) {
        @Override
        public String toString() {
            return "StartedSession[" + session + "]";
        }
    }
}
