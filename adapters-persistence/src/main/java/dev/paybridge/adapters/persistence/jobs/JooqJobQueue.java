package dev.paybridge.adapters.persistence.jobs;

import static dev.paybridge.adapters.persistence.generated.Tables.GATEWAY_JOBS;

import dev.paybridge.adapters.persistence.generated.tables.records.GatewayJobsRecord;
import dev.paybridge.adapters.persistence.jooq.Columns;
import dev.paybridge.adapters.persistence.jooq.JsonColumns;
import dev.paybridge.adapters.persistence.jooq.Literals;
import dev.paybridge.adapters.persistence.jooq.Timestamps;
import dev.paybridge.application.port.out.jobs.Job;
import dev.paybridge.application.port.out.jobs.JobKey;
import dev.paybridge.application.port.out.jobs.JobKind;
import dev.paybridge.application.port.out.jobs.JobQueue;
import dev.paybridge.application.port.out.jobs.JobState;
import dev.paybridge.application.port.out.jobs.JobStatus;
import dev.paybridge.domain.connection.ConnectionId;
import dev.paybridge.domain.tenant.EnvironmentId;
import dev.paybridge.domain.tenant.Scope;
import dev.paybridge.domain.tenant.TenantId;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** The gateway job queue in PostgreSQL: due jobs are leased with {@code FOR UPDATE SKIP LOCKED}. */
public final class JooqJobQueue implements JobQueue {
    private static final String PENDING = JobState.PENDING.wireName();
    private final DSLContext dsl;

    @Inject
    public JooqJobQueue(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void schedule(JobKey key, ConnectionId connectionId, Map<String, String> data, Instant at) {
        Condition stillPending = GATEWAY_JOBS.STATE.eq(PENDING);
        OffsetDateTime when = Timestamps.toColumn(at);
        String json = JsonColumns.write(data);
        dsl.insertInto(GATEWAY_JOBS)
                .set(GATEWAY_JOBS.TENANT_ID, key.scope().tenantId().value())
                .set(GATEWAY_JOBS.ENVIRONMENT_ID, key.scope().environmentId().value())
                .set(GATEWAY_JOBS.KIND, key.kind().wireName())
                .set(GATEWAY_JOBS.SUBJECT, key.subject())
                .set(GATEWAY_JOBS.CONNECTION_ID, connectionId.value())
                .set(GATEWAY_JOBS.DATA, json)
                .set(GATEWAY_JOBS.STATE, PENDING)
                .set(GATEWAY_JOBS.ATTEMPTS, 0)
                .set(GATEWAY_JOBS.NEXT_ATTEMPT_AT, when)
                .set(GATEWAY_JOBS.CREATED_AT, when)
                .set(GATEWAY_JOBS.UPDATED_AT, when)
                .onConflict(GATEWAY_JOBS.TENANT_ID, GATEWAY_JOBS.ENVIRONMENT_ID, GATEWAY_JOBS.KIND, GATEWAY_JOBS.SUBJECT)
                .doUpdate()
                .set(GATEWAY_JOBS.CONNECTION_ID, connectionId.value())
                .set(GATEWAY_JOBS.DATA, json)
                // a pending job keeps its attempts: after an unknown outcome the next try must look before it creates
                .set(GATEWAY_JOBS.ATTEMPTS, DSL.when(stillPending, GATEWAY_JOBS.ATTEMPTS).otherwise(0))
                .set(GATEWAY_JOBS.LAST_ERROR, DSL.when(stillPending, GATEWAY_JOBS.LAST_ERROR).otherwise((String) null))
                .set(GATEWAY_JOBS.NEXT_ATTEMPT_AT, DSL.when(stillPending,
                        DSL.least(GATEWAY_JOBS.NEXT_ATTEMPT_AT, DSL.val(when, GATEWAY_JOBS.NEXT_ATTEMPT_AT)))
                        .otherwise(DSL.val(when, GATEWAY_JOBS.NEXT_ATTEMPT_AT)))
                .set(GATEWAY_JOBS.STATE, PENDING)
                .set(GATEWAY_JOBS.UPDATED_AT, when)
                .execute();
    }

    @Override
    public Optional<JobStatus> find(JobKey key) {
        return dsl.selectFrom(GATEWAY_JOBS).where(is(key)).fetchOptional().map(row -> status(key, row));
    }

    @Override
    public Optional<JobStatus> findLatest(Scope scope, JobKind kind, String subjectPrefix) {
        return dsl.selectFrom(GATEWAY_JOBS)
                .where(GATEWAY_JOBS.TENANT_ID.eq(scope.tenantId().value()),
                        GATEWAY_JOBS.ENVIRONMENT_ID.eq(scope.environmentId().value()),
                        GATEWAY_JOBS.KIND.eq(Literals.constant(kind.wireName())),
                        GATEWAY_JOBS.SUBJECT.startsWith(subjectPrefix))
                .orderBy(GATEWAY_JOBS.UPDATED_AT.desc(), GATEWAY_JOBS.SUBJECT.desc())
                .limit(Literals.rows(1))
                .fetchOptional()
                .map(row -> status(new JobKey(scope, kind, row.getSubject()), row));
    }

    @Override
    public Optional<Job> claimNextDue(Instant now, Duration lease) {
        var due = dsl.select(GATEWAY_JOBS.TENANT_ID, GATEWAY_JOBS.ENVIRONMENT_ID, GATEWAY_JOBS.KIND, GATEWAY_JOBS.SUBJECT)
                .from(GATEWAY_JOBS)
                .where(pendingAndFree(now), GATEWAY_JOBS.NEXT_ATTEMPT_AT.le(Timestamps.toColumn(now)))
                .orderBy(GATEWAY_JOBS.NEXT_ATTEMPT_AT)
                .limit(Literals.rows(1))
                .forUpdate().skipLocked();
        return lease(DSL.row(GATEWAY_JOBS.TENANT_ID, GATEWAY_JOBS.ENVIRONMENT_ID, GATEWAY_JOBS.KIND,
                GATEWAY_JOBS.SUBJECT).in(due), now, lease);
    }

    @Override
    public Optional<Job> claim(JobKey key, Instant now, Duration lease) {
        return lease(is(key).and(pendingAndFree(now)), now, lease);
    }

    @Override
    public boolean isLeased(JobKey key, Instant now) {
        return dsl.fetchExists(GATEWAY_JOBS, is(key).and(GATEWAY_JOBS.LEASE_UNTIL.gt(Timestamps.toColumn(now))));
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
        dsl.deleteFrom(GATEWAY_JOBS).where(is(key)).execute();
    }

    private Optional<Job> lease(Condition which, Instant now, Duration lease) {
        String token = UUID.randomUUID().toString();
        return dsl.update(GATEWAY_JOBS)
                .set(GATEWAY_JOBS.ATTEMPTS, GATEWAY_JOBS.ATTEMPTS.plus(1))
                .set(GATEWAY_JOBS.LEASE_TOKEN, token)
                .set(GATEWAY_JOBS.LEASE_UNTIL, Timestamps.toColumn(now.plus(lease)))
                .set(GATEWAY_JOBS.UPDATED_AT, Timestamps.toColumn(now))
                .where(which)
                .returning()
                .fetchOptional()
                .map(row -> job(row, token));
    }

    private boolean settle(Job job, JobState state, String error, Instant nextAttemptAt, Instant now) {
        var update = dsl.update(GATEWAY_JOBS)
                .set(GATEWAY_JOBS.STATE, state.wireName())
                .set(GATEWAY_JOBS.LAST_ERROR, Columns.fit(GATEWAY_JOBS.LAST_ERROR, error))
                .set(GATEWAY_JOBS.LEASE_TOKEN, (String) null)
                .set(GATEWAY_JOBS.LEASE_UNTIL, (OffsetDateTime) null)
                .set(GATEWAY_JOBS.UPDATED_AT, Timestamps.toColumn(now));
        if (nextAttemptAt != null) {
            update = update.set(GATEWAY_JOBS.NEXT_ATTEMPT_AT, Timestamps.toColumn(nextAttemptAt));
        }
        return update.where(is(job.key()), GATEWAY_JOBS.LEASE_TOKEN.eq(job.leaseToken())).execute() == 1;
    }

    private static Condition pendingAndFree(Instant now) {
        // a literal, so that gateway_jobs_due_ix (WHERE state = 'pending') matches a plan made for any parameters
        return GATEWAY_JOBS.STATE.eq(Literals.constant(PENDING))
                .and(GATEWAY_JOBS.LEASE_UNTIL.isNull().or(GATEWAY_JOBS.LEASE_UNTIL.lt(Timestamps.toColumn(now))));
    }

    private static Condition is(JobKey key) {
        return GATEWAY_JOBS.TENANT_ID.eq(key.scope().tenantId().value())
                .and(GATEWAY_JOBS.ENVIRONMENT_ID.eq(key.scope().environmentId().value()))
                .and(GATEWAY_JOBS.KIND.eq(Literals.constant(key.kind().wireName())))
                .and(GATEWAY_JOBS.SUBJECT.eq(key.subject()));
    }

    private static JobStatus status(JobKey key, GatewayJobsRecord row) {
        return new JobStatus(key, new ConnectionId(row.getConnectionId()), JobState.fromWireName(row.getState()),
                row.getAttempts(), row.getLastError(), Timestamps.fromColumn(row.getNextAttemptAt()));
    }

    private static Job job(GatewayJobsRecord row, String token) {
        Scope scope = new Scope(new TenantId(row.getTenantId()), new EnvironmentId(row.getEnvironmentId()));
        return new Job(new JobKey(scope, JobKind.fromWireName(row.getKind()), row.getSubject()),
                new ConnectionId(row.getConnectionId()), JsonColumns.readMap(row.getData()), row.getAttempts(), token);
    }
}
