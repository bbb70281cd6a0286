package dev.paybridge.testing.fakes;

import dev.paybridge.application.port.out.jobs.Job;
import dev.paybridge.application.port.out.jobs.JobKey;
import dev.paybridge.application.port.out.jobs.JobKind;
import dev.paybridge.application.port.out.jobs.JobQueue;
import dev.paybridge.application.port.out.jobs.JobState;
import dev.paybridge.application.port.out.jobs.JobStatus;
import dev.paybridge.domain.connection.ConnectionId;
import dev.paybridge.domain.tenant.Scope;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The job queue in memory, with the lease and settle rules of the PostgreSQL one. */
public final class InMemoryJobQueue implements JobQueue {
    private static final int MAX_ERROR = 1000;
    private final InMemoryStore store;

    public InMemoryJobQueue(InMemoryStore store) {
        this.store = store;
    }

    @Override
    public void schedule(JobKey key, ConnectionId connectionId, Map<String, String> data, Instant at) {
        Instant when = Micros.of(at);
        store.run(() -> store.jobs.put(key, store.jobs.get(key).map(row -> {
            boolean pending = row.state() == JobState.PENDING;
            Instant next = pending && row.nextAttemptAt().isBefore(when) ? row.nextAttemptAt() : when;
            return new JobRow(connectionId, Map.copyOf(data), JobState.PENDING, pending ? row.attempts() : 0,
                    pending ? row.lastError() : null, next, row.leaseToken(), row.leaseUntil(), row.createdAt(), when);
        }).orElseGet(() -> new JobRow(connectionId, Map.copyOf(data), JobState.PENDING, 0, null, when, null, null, when,
                when))));
    }

    @Override
    public Optional<JobStatus> find(JobKey key) {
        return store.statement(() -> store.jobs.get(key).map(row -> new JobStatus(key, row.connectionId(), row.state(),
                row.attempts(), row.lastError(), row.nextAttemptAt())));
    }

    @Override
    public Optional<JobStatus> findLatest(Scope scope, JobKind kind, String subjectPrefix) {
        return store.statement(() -> store.jobs.copy().entrySet().stream()
                .filter(entry -> entry.getKey().scope().equals(scope) && entry.getKey().kind() == kind
                        && entry.getKey().subject().startsWith(subjectPrefix))
                .max(Comparator.comparing((Map.Entry<JobKey, JobRow> entry) -> entry.getValue().updatedAt())
                        .thenComparing(entry -> entry.getKey().subject()))
                .map(entry -> new JobStatus(entry.getKey(), entry.getValue().connectionId(), entry.getValue().state(),
                        entry.getValue().attempts(), entry.getValue().lastError(), entry.getValue().nextAttemptAt())));
    }

    @Override
    public Optional<Job> claimNextDue(Instant time, Duration lease) {
        Instant now = Micros.of(time);
        return store.statement(() -> store.jobs.copy().entrySet().stream()
                .filter(entry -> entry.getValue().isFreeAt(now) && !entry.getValue().nextAttemptAt().isAfter(now))
                .min(Comparator.comparing(entry -> entry.getValue().nextAttemptAt()))
                .map(entry -> lease(entry.getKey(), entry.getValue(), now, lease)));
    }

    @Override
    public Optional<Job> claim(JobKey key, Instant time, Duration lease) {
        Instant now = Micros.of(time);
        return store.statement(() -> store.jobs.get(key).filter(row -> row.isFreeAt(now))
                .map(row -> lease(key, row, now, lease)));
    }

    @Override
    public boolean isLeased(JobKey key, Instant now) {
        return store.statement(() -> store.jobs.get(key)
                .filter(row -> row.leaseUntil() != null && row.leaseUntil().isAfter(Micros.of(now))).isPresent());
    }

    @Override
    public boolean complete(Job job, Instant now) {
        return settle(job, JobState.DONE, null, null, now);
    }

    @Override
    public boolean retry(Job job, String error, Instant nextAttemptAt, Instant now) {
        return settle(job, JobState.PENDING, error, nextAttemptAt, now);
    }

    @Override
    public boolean fail(Job job, String error, Instant now) {
        return settle(job, JobState.FAILED, error, null, now);
    }

    @Override
    public void remove(JobKey key) {
        store.run(() -> store.jobs.remove(key));
    }

    private Job lease(JobKey key, JobRow row, Instant now, Duration lease) {
        String token = UUID.randomUUID().toString();
        JobRow leased = row.leased(token, Micros.of(now.plus(lease)), now);
        store.jobs.put(key, leased);
        return new Job(key, leased.connectionId(), leased.data(), leased.attempts(), token);
    }

    private boolean settle(Job job, JobState state, String error, Instant next, Instant now) {
        return store.statement(() -> {
            Optional<JobRow> held = store.jobs.get(job.key()).filter(row -> job.leaseToken().equals(row.leaseToken()));
            held.ifPresent(row -> store.jobs.put(job.key(),
                    row.settled(state, Columns.fit(error, MAX_ERROR), Micros.of(next), Micros.of(now))));
            return held.isPresent();
        });
    }
}
