package dev.paybridge.application.port.out.jobs;

import dev.paybridge.domain.connection.ConnectionId;
import dev.paybridge.domain.tenant.Scope;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * The one durable queue of gateway jobs, shared by every instance: a job is leased to one worker at a time (a crashed
 * worker's job is taken again when its lease runs out), and only the lease holder may settle it. Call
 * {@link #schedule} inside the transaction of the change that needs the job, so neither exists without the other.
 */
public interface JobQueue {

    /**
     * Queues the job due at {@code at}. A pending job of the same key keeps its attempts and last error (after an
     * outcome nobody knows, its next try must look before it creates again), takes the new connection and data, and
     * is due at the earlier of its time and {@code at}; a done or failed one starts over with no attempts.
     */
    void schedule(JobKey key, ConnectionId connectionId, Map<String, String> data, Instant at);

    Optional<JobStatus> find(JobKey key);

    /** The most recently changed job of this kind in the scope whose subject starts with {@code subjectPrefix}. */
    Optional<JobStatus> findLatest(Scope scope, JobKind kind, String subjectPrefix);

    /** Leases the most overdue pending job of any kind and scope that nobody holds, counting the attempt. */
    Optional<Job> claimNextDue(Instant now, Duration lease);

    /** Leases this job if it is pending and nobody holds it, due or not, counting the attempt. */
    Optional<Job> claim(JobKey key, Instant now, Duration lease);

    /** Whether someone holds a live lease on the job. */
    boolean isLeased(JobKey key, Instant now);

    /** The job is done; false when the lease was lost (someone else took the job over). */
    boolean complete(Job job, Instant now);

    /** The job runs again at {@code nextAttemptAt}; false when the lease was lost. */
    boolean retry(Job job, String error, Instant nextAttemptAt, Instant now);

    /** The job is refused for good (until queued again); false when the lease was lost. */
    boolean fail(Job job, String error, Instant now);

    /** Drops the job: what it was for is no longer needed. */
    void remove(JobKey key);
}
