package dev.paybridge.testing.contracts;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What every {@code JobQueue} does: every rule of its Javadoc. */
public abstract class JobQueueContract extends PersistenceContract {
    private static final Duration LEASE = Duration.ofMinutes(1);
    private static final Duration MICRO = Duration.ofNanos(1_000);
    private final Scope scope = new Scope(TenantId.generate(), EnvironmentId.generate());
    private final ConnectionId connection = ConnectionId.generate();
    private final JobKey key = new JobKey(scope, JobKind.INVOICE_SYNC, "inv-1");

    private JobQueue jobs() {
        return ports().jobs();
    }

    @Test
    void a_new_job_is_pending_with_no_attempts_due_when_asked() {
        jobs().schedule(key, connection, Map.of("a", "1"), now);
        assertThat(jobs().find(key)).contains(new JobStatus(key, connection, JobState.PENDING, 0, null, now));
        assertThat(jobs().find(new JobKey(scope, JobKind.LINK_CANCELLATION, "inv-1"))).isEmpty();
    }

    @Test
    void claiming_a_due_job_leases_it_and_counts_the_attempt() {
        jobs().schedule(key, connection, Map.of("a", "1"), now);
        Job job = jobs().claimNextDue(now, LEASE).orElseThrow();
        assertThat(job).extracting(Job::key, Job::connectionId, Job::data, Job::attempt)
                .containsExactly(key, connection, Map.of("a", "1"), 1);
        assertThat(jobs().find(key).orElseThrow().attempts()).isEqualTo(1);
        assertThat(jobs().isLeased(key, now)).isTrue();
    }

    @Test
    void a_job_not_yet_due_waits_for_its_time_unless_claimed_by_key() {
        jobs().schedule(key, connection, Map.of(), now.plusSeconds(60));
        assertThat(jobs().claimNextDue(now, LEASE)).isEmpty();
        assertThat(jobs().claim(key, now, LEASE)).isPresent();
    }

    @Test
    void the_most_overdue_job_is_claimed_first() {
        JobKey later = new JobKey(scope, JobKind.INVOICE_SYNC, "inv-2");
        jobs().schedule(later, connection, Map.of(), now.minusSeconds(10));
        jobs().schedule(key, connection, Map.of(), now.minusSeconds(20));
        assertThat(jobs().claimNextDue(now, LEASE)).map(Job::key).contains(key);
        assertThat(jobs().claimNextDue(now, LEASE)).map(Job::key).contains(later);
        assertThat(jobs().claimNextDue(now, LEASE)).isEmpty();
    }

    @Test
    void a_leased_job_is_not_claimed_again_until_its_lease_runs_out() {
        jobs().schedule(key, connection, Map.of(), now);
        jobs().claimNextDue(now, LEASE).orElseThrow();
        Instant leaseEnd = now.plus(LEASE);
        assertThat(jobs().claimNextDue(leaseEnd.minus(MICRO), LEASE)).isEmpty();
        assertThat(jobs().claim(key, leaseEnd.minus(MICRO), LEASE)).isEmpty();
        assertThat(jobs().isLeased(key, leaseEnd.minus(MICRO))).isTrue();
        assertThat(jobs().isLeased(key, leaseEnd)).isFalse();
        assertThat(jobs().claimNextDue(leaseEnd.plus(MICRO), LEASE)).map(Job::attempt).contains(2);
    }

    @Test
    void settling_with_a_lost_lease_changes_nothing_and_says_so() {
        jobs().schedule(key, connection, Map.of(), now);
        Job first = jobs().claimNextDue(now, LEASE).orElseThrow();
        Instant later = now.plus(LEASE).plus(MICRO);
        Job second = jobs().claimNextDue(later, LEASE).orElseThrow();
        assertThat(jobs().complete(first, later)).isFalse();
        assertThat(jobs().retry(first, "late", later, later)).isFalse();
        assertThat(jobs().fail(first, "late", later)).isFalse();
        assertThat(jobs().find(key).orElseThrow().state()).isEqualTo(JobState.PENDING);
        assertThat(jobs().complete(second, later)).isTrue();
        assertThat(jobs().find(key).orElseThrow().state()).isEqualTo(JobState.DONE);
    }

    @Test
    void a_completed_job_is_done_unleased_and_never_claimed_again() {
        jobs().schedule(key, connection, Map.of(), now);
        Job job = jobs().claimNextDue(now, LEASE).orElseThrow();
        assertThat(jobs().complete(job, now)).isTrue();
        assertThat(jobs().isLeased(key, now)).isFalse();
        assertThat(jobs().claim(key, now.plus(Duration.ofDays(1)), LEASE)).isEmpty();
        assertThat(jobs().find(key).orElseThrow().state()).isEqualTo(JobState.DONE);
    }

    @Test
    void a_retried_job_keeps_its_attempts_and_error_and_is_due_at_its_next_attempt() {
        jobs().schedule(key, connection, Map.of(), now);
        Job job = jobs().claimNextDue(now, LEASE).orElseThrow();
        Instant next = now.plusSeconds(30);
        assertThat(jobs().retry(job, "timeout", next, now)).isTrue();
        assertThat(jobs().find(key)).contains(new JobStatus(key, connection, JobState.PENDING, 1, "timeout", next));
        assertThat(jobs().isLeased(key, now)).isFalse();
        assertThat(jobs().claimNextDue(next.minus(MICRO), LEASE)).isEmpty();
        assertThat(jobs().claimNextDue(next, LEASE)).map(Job::attempt).contains(2);
    }

    @Test
    void a_failed_job_keeps_its_error_and_is_not_claimed() {
        jobs().schedule(key, connection, Map.of(), now);
        Job job = jobs().claimNextDue(now, LEASE).orElseThrow();
        assertThat(jobs().fail(job, "refused", now)).isTrue();
        assertThat(jobs().find(key).orElseThrow()).extracting(JobStatus::state, JobStatus::attempts,
                JobStatus::lastError).containsExactly(JobState.FAILED, 1, "refused");
        assertThat(jobs().claim(key, now, LEASE)).isEmpty();
    }

    @Test
    void scheduling_a_pending_job_keeps_its_attempts_and_error_and_takes_the_earlier_time_and_new_data() {
        jobs().schedule(key, connection, Map.of("v", "1"), now);
        Job job = jobs().claimNextDue(now, LEASE).orElseThrow();
        jobs().retry(job, "timeout", now.plusSeconds(60), now);
        ConnectionId other = ConnectionId.generate();
        jobs().schedule(key, other, Map.of("v", "2"), now.plusSeconds(120));
        assertThat(jobs().find(key)).contains(new JobStatus(key, other, JobState.PENDING, 1, "timeout",
                now.plusSeconds(60)));
        jobs().schedule(key, other, Map.of("v", "3"), now.plusSeconds(10));
        assertThat(jobs().find(key).orElseThrow().nextAttemptAt()).isEqualTo(now.plusSeconds(10));
        assertThat(jobs().claimNextDue(now.plusSeconds(10), LEASE)).map(Job::data).contains(Map.of("v", "3"));
    }

    @Test
    void scheduling_a_done_or_failed_job_starts_it_over() {
        JobKey failing = new JobKey(scope, JobKind.LINK_CANCELLATION, "inv-1/gw");
        jobs().schedule(key, connection, Map.of(), now);
        jobs().schedule(failing, connection, Map.of(), now);
        jobs().complete(jobs().claim(key, now, LEASE).orElseThrow(), now);
        jobs().fail(jobs().claim(failing, now, LEASE).orElseThrow(), "refused", now);
        Instant later = now.plusSeconds(300);
        jobs().schedule(key, connection, Map.of(), later);
        jobs().schedule(failing, connection, Map.of(), later);
        assertThat(jobs().find(key)).contains(new JobStatus(key, connection, JobState.PENDING, 0, null, later));
        assertThat(jobs().find(failing)).contains(new JobStatus(failing, connection, JobState.PENDING, 0, null, later));
    }

    @Test
    void scheduling_a_leased_job_again_leaves_its_lease_to_its_holder() {
        jobs().schedule(key, connection, Map.of(), now);
        Job held = jobs().claimNextDue(now, LEASE).orElseThrow();
        jobs().schedule(key, connection, Map.of(), now);
        assertThat(jobs().claim(key, now, LEASE)).isEmpty();
        assertThat(jobs().complete(held, now)).isTrue();
    }

    @Test
    void a_removed_job_is_gone() {
        jobs().schedule(key, connection, Map.of(), now);
        Job job = jobs().claimNextDue(now, LEASE).orElseThrow();
        jobs().remove(key);
        assertThat(jobs().find(key)).isEmpty();
        assertThat(jobs().complete(job, now)).isFalse();
        assertThat(jobs().claimNextDue(now.plus(Duration.ofDays(1)), LEASE).map(Job::key)).isNotEqualTo(Optional.of(key));
    }

    @Test
    void a_long_error_is_cut_to_its_column_with_an_ellipsis() {
        jobs().schedule(key, connection, Map.of(), now);
        jobs().fail(jobs().claimNextDue(now, LEASE).orElseThrow(), "e".repeat(1200), now);
        assertThat(jobs().find(key).orElseThrow().lastError()).hasSize(1000).endsWith("…");
    }

    @Test
    void finds_the_most_recently_changed_job_of_a_kind_whose_subject_starts_with_a_prefix() {
        JobKey first = new JobKey(scope, JobKind.LINK_CANCELLATION, "inv_1/gw_a");
        JobKey second = new JobKey(scope, JobKind.LINK_CANCELLATION, "inv_1/gw_b");
        JobKey otherInvoice = new JobKey(scope, JobKind.LINK_CANCELLATION, "inv_10/gw_c");
        jobs().schedule(first, connection, Map.of(), now);
        jobs().schedule(second, connection, Map.of(), now.plusSeconds(1));
        jobs().schedule(otherInvoice, connection, Map.of(), now.plusSeconds(2));

        assertThat(jobs().findLatest(scope, JobKind.LINK_CANCELLATION, "inv_1/")).get()
                .extracting(JobStatus::key).isEqualTo(second);
        Job claimed = jobs().claim(first, now.plusSeconds(3), LEASE).orElseThrow();
        jobs().fail(claimed, "refused", now.plusSeconds(4));
        assertThat(jobs().findLatest(scope, JobKind.LINK_CANCELLATION, "inv_1/")).get()
                .extracting(JobStatus::key, JobStatus::state).containsExactly(first, JobState.FAILED);
        assertThat(jobs().findLatest(scope, JobKind.INVOICE_SYNC, "inv_1/")).isEmpty();
        assertThat(jobs().findLatest(new Scope(TenantId.generate(), EnvironmentId.generate()),
                JobKind.LINK_CANCELLATION, "inv_1/")).isEmpty();
        assertThat(jobs().findLatest(scope, JobKind.LINK_CANCELLATION, "inv_%")).as("no wildcards").isEmpty();
    }
}
