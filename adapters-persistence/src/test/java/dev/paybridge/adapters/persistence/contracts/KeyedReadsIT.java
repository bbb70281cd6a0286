package dev.paybridge.adapters.persistence.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paybridge.adapters.persistence.jooq.PostgresDatabase;
import dev.paybridge.adapters.persistence.testing.MigratedDatabase;
import dev.paybridge.application.port.out.jobs.Job;
import dev.paybridge.application.port.out.jobs.JobKind;
import dev.paybridge.application.port.out.jobs.JobStatus;
import dev.paybridge.application.port.out.persistence.PaymentLinkRepository.ScopedLink;
import dev.paybridge.application.port.out.persistence.PaymentTargets.PaymentTarget;
import dev.paybridge.domain.invoice.Invoice;
import dev.paybridge.domain.invoice.InvoiceId;
import dev.paybridge.domain.tenant.Scope;
import dev.paybridge.domain.tenant.Tenant;
import dev.paybridge.testing.contracts.PersistencePorts;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each read that names its rows by key reads those rows, not its tenant's, whatever PostgreSQL's statistics say. A
 * tenant that began after the planner last sampled the tables is unknown to it, so a plan made for that tenant's
 * values expects none of its rows and may find one invoice by scanning all of them; and a claim whose state is a
 * bound value cannot use the partial index of pending work. A plan made for any values takes a bound row count for
 * a tenth of the rows that may come before it, so a claim of one job among many pending ones must name its count
 * literally, and a look-up of a rare kind of job must name its kind. The tables here hold a sampled tenant's pending
 * work (open links, pending jobs) and then an unsampled tenant's settled history, {@value #ROWS} rows of each kind,
 * and one link cancellation job. Each test checks what the read returned as well as what it cost.
 */
class KeyedReadsIT {
    private static final int ROWS = 3000;
    /** Table rows a keyed read may fetch: its own rows and a few more, never a tenant's worth. */
    private static final long BOUND = 20;
    private static final String CONNECTION = "'conn_" + "0".repeat(25) + "1'";
    private static final Instant NOW = Instant.parse("2150-01-01T00:00:00Z");
    private static final String INVOICE_77 = "inv_b" + "0".repeat(23) + "77";
    private static final String CANCELLATION = INVOICE_77 + "/b_gw_77";
    private static PostgresDatabase database;
    private static PersistencePorts ports;
    private static Scope unsampled;

    @BeforeAll
    static void tablesWithAnUnsampledTenant() {
        database = MigratedDatabase.create();
        ports = JooqPersistence.on(database);
        Scope sampled = newScope();
        history(sampled, "a", "open", "pending");
        database.dsl().execute("ANALYZE");
        unsampled = newScope();
        history(unsampled, "b", "paid", "done");
        database.dsl().execute("INSERT INTO gateway_jobs (tenant_id, environment_id, kind, subject, connection_id, "
                + "data, state, attempts, next_attempt_at, created_at, updated_at) VALUES (?, ?, ?, ?, "
                + CONNECTION + ", '{}', 'done', 1, now(), now(), now())", unsampled.tenantId().value(),
                unsampled.environmentId().value(), JobKind.LINK_CANCELLATION.wireName(), CANCELLATION);
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @Test
    void the_webhook_reads_its_link_invoice_lines_and_payments_only() {
        Read<PaymentTarget> read = read(() -> ports.paymentTargets().lock(unsampled, "moyasar", "b_gw_77")
                .orElseThrow());

        assertThat(read.result().invoice().id().value()).isEqualTo(INVOICE_77);
        assertThat(read.result().invoice().lineItems()).hasSize(1);
        assertThat(read.result().payments()).hasSize(1);
        assertThat(read.rows()).isLessThanOrEqualTo(BOUND);
    }

    @Test
    void an_invoice_is_read_by_its_key() {
        Read<Invoice> read = read(() -> ports.invoices().find(unsampled, new InvoiceId(INVOICE_77)).orElseThrow());

        assertThat(read.result().lineItems()).hasSize(1);
        assertThat(read.rows()).isLessThanOrEqualTo(BOUND);
    }

    @Test
    void claiming_due_jobs_reads_pending_ones_only() {
        Read<Optional<Job>> read = read(() -> ports.jobs().claimNextDue(NOW, Duration.ofMinutes(1)));

        assertThat(read.result()).isPresent();
        assertThat(read.rows()).isLessThanOrEqualTo(BOUND);
    }

    @Test
    void claiming_links_to_reconcile_reads_those_that_may_take_money_only() {
        Read<List<ScopedLink>> read = read(() -> ports.links().claimForReconciliation(NOW, Duration.ofMinutes(10),
                5));

        assertThat(read.result()).hasSize(5);
        assertThat(read.rows()).isLessThanOrEqualTo(BOUND);
    }

    @Test
    void claiming_links_to_reconcile_passes_over_none_that_are_not_due_yet() {
        database.dsl().execute("UPDATE payment_links SET next_reconcile_at = timestamptz '2100-01-01 00:00:00+00' "
                + "WHERE gateway_invoice_id IN ('a_gw_2999', 'a_gw_3000')");
        Duration interval = Duration.ofMinutes(ROWS + 1);
        Instant beforeAnyIsAnIntervalOld = Instant.parse("2100-01-01T00:00:00Z").plus(interval);

        Read<List<ScopedLink>> read = read(() -> ports.links().claimForReconciliation(beforeAnyIsAnIntervalOld,
                interval, 5));

        assertThat(read.result()).extracting(claimed -> claimed.link().gatewayInvoiceId())
                .containsExactlyInAnyOrder("a_gw_2999", "a_gw_3000");
        assertThat(read.rows()).isLessThanOrEqualTo(BOUND);
    }

    @Test
    void the_latest_job_of_a_rare_kind_is_read_by_its_kind() {
        Read<Optional<JobStatus>> read = read(() -> ports.jobs().findLatest(unsampled, JobKind.LINK_CANCELLATION,
                INVOICE_77 + "/"));

        assertThat(read.result()).isPresent();
        assertThat(read.rows()).isLessThanOrEqualTo(BOUND);
    }

    /** What a read returned, and the table rows its transaction fetched, by scans and through indexes. */
    private record Read<T>(T result, long rows) {
    }

    private static <T> Read<T> read(Supplier<T> read) {
        return ports.transactions().inTransaction(() -> {
            long before = rowsFetched();
            T result = read.get();
            return new Read<>(result, rowsFetched() - before);
        });
    }

    /** Rows this session fetched that its statistics have not reported yet (the transaction's connection). */
    private static long rowsFetched() {
        Number rows = (Number) database.dsl().fetchValue(
                "SELECT coalesce(sum(seq_tup_read + idx_tup_fetch), 0) FROM pg_stat_xact_user_tables");
        return rows.longValue();
    }

    private static Scope newScope() {
        Tenant tenant = Tenant.create("Acme", NOW);
        ports.tenants().insert(tenant);
        return tenant.environments().get(0).scope();
    }

    /**
     * A scope's history in SQL: finalized invoices, each with a line, a live link in {@code linkStatus}, a payment
     * and the job that synced it in {@code jobState}, dated before {@link #NOW}.
     */
    private static void history(Scope scope, String prefix, String linkStatus, String jobState) {
        DSLContext sql = database.dsl();
        String owner = "'" + scope.tenantId().value() + "', '" + scope.environmentId().value() + "', ";
        String invoice = "'inv_" + prefix + "' || lpad(n::text, 25, '0')";
        String at = "timestamptz '2100-01-01 00:00:00+00' + n * interval '1 minute'";
        String rows = " FROM generate_series(1, " + ROWS + ") AS n";
        sql.execute("INSERT INTO invoices (tenant_id, environment_id, id, number, invoice_status, payment_status, "
                + "currency, total, amount_paid, customer_external_id, metadata, created_at, finalized_at) SELECT "
                + owner + invoice + ", 'N-' || n, 'finalized', 'succeeded', 'SAR', 10, 10, 'cus_1', '{}'::jsonb, "
                + at + ", " + at + rows);
        sql.execute("INSERT INTO invoice_lines (tenant_id, environment_id, invoice_id, position, description, "
                + "quantity, unit_amount, amount) SELECT " + owner + invoice + ", 0, 'API calls', 1, 10, 10" + rows);
        sql.execute("INSERT INTO payment_links (tenant_id, environment_id, invoice_id, gateway_invoice_id, "
                + "connection_id, provider_type, url, status, live, expires_at, created_at) SELECT " + owner + invoice
                + ", '" + prefix + "_gw_' || n, " + CONNECTION + ", 'moyasar', 'https://pay.test/' || n, '"
                + linkStatus + "', true, " + at + ", " + at + rows);
        sql.execute("INSERT INTO payments (tenant_id, environment_id, id, invoice_id, provider_type, "
                + "gateway_payment_id, status, amount, amount_refunded, currency, created_at, updated_at) SELECT "
                + owner + "'pay_" + prefix + "' || lpad(n::text, 25, '0'), " + invoice + ", 'moyasar', "
                + "'gpay_" + prefix + "_' || n, 'succeeded', 10, 0, 'SAR', " + at + ", " + at + rows);
        sql.execute("INSERT INTO gateway_jobs (tenant_id, environment_id, kind, subject, connection_id, data, state, "
                + "attempts, next_attempt_at, created_at, updated_at) SELECT " + owner + "'invoice_sync', " + invoice
                + ", " + CONNECTION + ", '{}', '" + jobState + "', 1, " + at + ", " + at + ", " + at + rows);
    }
}
