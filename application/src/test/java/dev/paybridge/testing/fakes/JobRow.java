package dev.paybridge.testing.fakes;

import dev.paybridge.application.port.out.jobs.JobState;
import dev.paybridge.domain.connection.ConnectionId;
import java.time.Instant;
import java.util.Map;

/** A row of the in-memory job queue, as the {@code gateway_jobs} table holds it. */
record JobRow(ConnectionId connectionId, Map<String, String> data, JobState state, int attempts, String lastError,
        Instant nextAttemptAt, String leaseToken, Instant leaseUntil, Instant createdAt, Instant updatedAt) {

    boolean isFreeAt(Instant now) {
        return state == JobState.PENDING && (leaseUntil == null || leaseUntil.isBefore(now));
    }

    JobRow leased(String token, Instant until, Instant now) {
        return new JobRow(connectionId, data, state, attempts + 1, lastError, nextAttemptAt, token, until, createdAt,
                now);
    }

    JobRow settled(JobState newState, String error, Instant next, Instant now) {
        return new JobRow(connectionId, data, newState, attempts, error, next == null ? nextAttemptAt : next, null,
                null, createdAt, now);
    }
}
