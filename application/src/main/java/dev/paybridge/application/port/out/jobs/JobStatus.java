package dev.paybridge.application.port.out.jobs;

import dev.paybridge.domain.connection.ConnectionId;
import java.time.Instant;
import java.util.Objects;

/** What a job looks like from outside: its state, the attempts made and the last error seen, for the API to show. */
public record JobStatus(JobKey key, ConnectionId connectionId, JobState state, int attempts, String lastError,
        Instant nextAttemptAt) {
    public JobStatus {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(connectionId, "connectionId");
        Objects.requireNonNull(state, "state");
    }
}
