package dev.paybridge.application.service.jobs;

import dev.paybridge.application.port.in.jobs.ProcessGatewayJobsUseCase;
import dev.paybridge.application.port.out.jobs.Job;
import dev.paybridge.application.port.out.jobs.JobKey;
import dev.paybridge.application.port.out.jobs.JobKind;
import dev.paybridge.application.port.out.jobs.JobQueue;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Runs gateway jobs of every kind: leases one, hands it to its kind's handler and settles the queue with what it came
 * to (done, retried with backoff, failed for good, or dropped). The one claim/settle/backoff path of all jobs.
 */
public final class GatewayJobService implements ProcessGatewayJobsUseCase {
    private final JobQueue queue;
    private final Map<JobKind, JobHandler> handlers = new EnumMap<>(JobKind.class);
    private final JobPolicy policy;
    private final JobSettlements settlements;
    private final Clock clock;

    @Inject
    public GatewayJobService(JobQueue queue, Set<JobHandler> handlers, JobPolicy policy, JobSettlements settlements,
            Clock clock) {
        this.queue = queue;
        this.policy = policy;
        this.settlements = settlements;
        this.clock = clock;
        for (JobHandler handler : handlers) {
            if (this.handlers.put(handler.kind(), handler) != null) {
                throw new IllegalArgumentException("two handlers for jobs of kind " + handler.kind());
            }
        }
        for (JobKind kind : JobKind.values()) {
            if (!this.handlers.containsKey(kind)) {
                throw new IllegalArgumentException("no handler for jobs of kind " + kind);
            }
        }
    }

    @Override
    public boolean runNextDueJob() {
        Optional<Job> job = queue.claimNextDue(clock.instant(), policy.lease());
        job.ifPresent(this::run);
        return job.isPresent();
    }

    /** Leases this job now if it is pending and nobody holds it, due or not. */
    public Optional<Job> claim(JobKey key) {
        return queue.claim(key, clock.instant(), policy.lease());
    }

    /** Runs a leased job and settles it; what it came to. */
    public JobResult run(Job job) {
        JobResult result = handlers.get(job.key().kind()).run(job);
        Instant now = clock.instant();
        result.fold(
                () -> queue.complete(job, now),
                retry -> queue.retry(job, retry.cause(), now.plus(policy.retryDelay(job.attempt())), now),
                failed -> queue.fail(job, failed.reason(), now),
                () -> {
                    queue.remove(job.key());
                    return true;
                });
        settlements.settled();
        return result;
    }
}
