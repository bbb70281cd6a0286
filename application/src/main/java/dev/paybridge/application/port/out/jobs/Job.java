package dev.paybridge.application.port.out.jobs;

import dev.paybridge.domain.connection.ConnectionId;
import java.util.Map;
import java.util.Objects;

/**
 * A job leased to one worker: which connection it acts through, the data its kind needs, and {@code attempt}, which
 * counts this one (1 is the first). Only the holder of {@code leaseToken} may settle it.
 */
public record Job(JobKey key, ConnectionId connectionId, Map<String, String> data, int attempt, String leaseToken) {
    public Job {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(connectionId, "connectionId");
        Objects.requireNonNull(leaseToken, "leaseToken");
        data = Map.copyOf(data);
    }

    /** A value of its data; an {@link IllegalStateException} when the job lacks it (a bug where it was queued). */
    public String data(String name) {
        String value = data.get(name);
        if (value == null) {
            throw new IllegalStateException("job " + key + " has no " + name);
        }
        return value;
    }
}
