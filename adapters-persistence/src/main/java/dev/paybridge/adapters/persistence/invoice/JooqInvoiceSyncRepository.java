package dev.paybridge.adapters.persistence.invoice;

import static dev.paybridge.adapters.persistence.generated.Tables.INVOICE_SYNCS;

import dev.paybridge.adapters.persistence.generated.tables.records.InvoiceSyncsRecord;
import dev.paybridge.adapters.persistence.jooq.Timestamps;
import dev.paybridge.application.port.out.persistence.InvoiceSyncRepository;
import dev.paybridge.application.port.out.persistence.SyncClaim;
import dev.paybridge.domain.connection.ConnectionId;
import dev.paybridge.domain.invoice.InvoiceId;
import dev.paybridge.domain.invoice.InvoiceSync;
import dev.paybridge.domain.invoice.SyncState;
import dev.paybridge.domain.tenant.EnvironmentId;
import dev.paybridge.domain.tenant.Scope;
import dev.paybridge.domain.tenant.TenantId;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** The invoice sync queue in PostgreSQL: due rows are leased with {@code FOR UPDATE SKIP LOCKED}. */
public final class JooqInvoiceSyncRepository implements InvoiceSyncRepository {
    private static final String PENDING = "pending";
    private final DSLContext dsl;

    @Inject
    public JooqInvoiceSyncRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void schedule(Scope scope, InvoiceId invoiceId, ConnectionId connectionId, Instant at) {
        Condition stillPending = INVOICE_SYNCS.STATE.eq(PENDING);
        dsl.insertInto(INVOICE_SYNCS)
                .set(INVOICE_SYNCS.TENANT_ID, scope.tenantId().value())
                .set(INVOICE_SYNCS.ENVIRONMENT_ID, scope.environmentId().value())
                .set(INVOICE_SYNCS.INVOICE_ID, invoiceId.value())
                .set(INVOICE_SYNCS.CONNECTION_ID, connectionId.value())
                .set(INVOICE_SYNCS.STATE, PENDING)
                .set(INVOICE_SYNCS.ATTEMPTS, 0)
                .set(INVOICE_SYNCS.NEXT_ATTEMPT_AT, Timestamps.toColumn(at))
                .set(INVOICE_SYNCS.UPDATED_AT, Timestamps.toColumn(at))
                .onConflict(INVOICE_SYNCS.TENANT_ID, INVOICE_SYNCS.ENVIRONMENT_ID, INVOICE_SYNCS.INVOICE_ID)
                .doUpdate()
                .set(INVOICE_SYNCS.CONNECTION_ID, connectionId.value())
                .set(INVOICE_SYNCS.STATE, PENDING)
                // a pending sync keeps its attempts: after an unknown outcome the next try must search first
                .set(INVOICE_SYNCS.ATTEMPTS, DSL.when(stillPending, INVOICE_SYNCS.ATTEMPTS).otherwise(0))
                .set(INVOICE_SYNCS.LAST_ERROR, DSL.when(stillPending, INVOICE_SYNCS.LAST_ERROR).otherwise((String) null))
                .set(INVOICE_SYNCS.NEXT_ATTEMPT_AT, DSL.least(INVOICE_SYNCS.NEXT_ATTEMPT_AT, DSL.val(Timestamps.toColumn(at), INVOICE_SYNCS.NEXT_ATTEMPT_AT)))
                .set(INVOICE_SYNCS.UPDATED_AT, Timestamps.toColumn(at))
                .execute();
    }

    @Override
    public Optional<InvoiceSync> find(Scope scope, InvoiceId invoiceId) {
        return dsl.selectFrom(INVOICE_SYNCS).where(is(scope, invoiceId)).fetchOptional().map(row -> new InvoiceSync(
                invoiceId, new ConnectionId(row.getConnectionId()),
                SyncState.valueOf(row.getState().toUpperCase(Locale.ROOT)), row.getAttempts(), row.getLastError()));
    }

    @Override
    public Optional<SyncClaim> claimNextDue(Instant now, Duration lease) {
        var due = dsl.select(INVOICE_SYNCS.TENANT_ID, INVOICE_SYNCS.ENVIRONMENT_ID, INVOICE_SYNCS.INVOICE_ID)
                .from(INVOICE_SYNCS)
                .where(claimable(now))
                .orderBy(INVOICE_SYNCS.NEXT_ATTEMPT_AT)
                .limit(1)
                .forUpdate().skipLocked();
        return lease(DSL.row(INVOICE_SYNCS.TENANT_ID, INVOICE_SYNCS.ENVIRONMENT_ID, INVOICE_SYNCS.INVOICE_ID).in(due),
                now, lease);
    }

    @Override
    public Optional<SyncClaim> claim(Scope scope, InvoiceId invoiceId, Instant now, Duration lease) {
        return lease(is(scope, invoiceId).and(claimable(now)), now, lease);
    }

    @Override
    public boolean isLeased(Scope scope, InvoiceId invoiceId, Instant now) {
        return dsl.fetchExists(INVOICE_SYNCS, is(scope, invoiceId).and(INVOICE_SYNCS.LEASE_UNTIL.gt(Timestamps.toColumn(now))));
    }

    @Override
    public boolean markSynced(SyncClaim claim, Instant now) {
        return settle(claim, "synced", null, null, now);
    }

    @Override
    public boolean markRetry(SyncClaim claim, String error, Instant nextAttemptAt, Instant now) {
        return settle(claim, PENDING, error, nextAttemptAt, now);
    }

    @Override
    public boolean markFailed(SyncClaim claim, String error, Instant now) {
        return settle(claim, "failed", error, null, now);
    }

    @Override
    public void remove(Scope scope, InvoiceId invoiceId) {
        dsl.deleteFrom(INVOICE_SYNCS).where(is(scope, invoiceId)).execute();
    }

    private Optional<SyncClaim> lease(Condition which, Instant now, Duration lease) {
        String token = UUID.randomUUID().toString();
        return dsl.update(INVOICE_SYNCS)
                .set(INVOICE_SYNCS.ATTEMPTS, INVOICE_SYNCS.ATTEMPTS.plus(1))
                .set(INVOICE_SYNCS.LEASE_TOKEN, token)
                .set(INVOICE_SYNCS.LEASE_UNTIL, Timestamps.toColumn(now.plus(lease)))
                .set(INVOICE_SYNCS.UPDATED_AT, Timestamps.toColumn(now))
                .where(which)
                .returning()
                .fetchOptional()
                .map(row -> claim(row, token));
    }

    private boolean settle(SyncClaim claim, String state, String error, Instant nextAttemptAt, Instant now) {
        var update = dsl.update(INVOICE_SYNCS)
                .set(INVOICE_SYNCS.STATE, state)
                .set(INVOICE_SYNCS.LAST_ERROR, Leases.truncate(error))
                .set(INVOICE_SYNCS.LEASE_TOKEN, (String) null)
                .set(INVOICE_SYNCS.LEASE_UNTIL, (java.time.OffsetDateTime) null)
                .set(INVOICE_SYNCS.UPDATED_AT, Timestamps.toColumn(now));
        if (nextAttemptAt != null) {
            update = update.set(INVOICE_SYNCS.NEXT_ATTEMPT_AT, Timestamps.toColumn(nextAttemptAt));
        }
        return update.where(is(claim.scope(), claim.invoiceId()), INVOICE_SYNCS.LEASE_TOKEN.eq(claim.leaseToken()))
                .execute() == 1;
    }

    private static Condition claimable(Instant now) {
        return INVOICE_SYNCS.STATE.eq(PENDING)
                .and(INVOICE_SYNCS.NEXT_ATTEMPT_AT.le(Timestamps.toColumn(now)))
                .and(INVOICE_SYNCS.LEASE_UNTIL.isNull().or(INVOICE_SYNCS.LEASE_UNTIL.lt(Timestamps.toColumn(now))));
    }

    private static Condition is(Scope scope, InvoiceId invoiceId) {
        return INVOICE_SYNCS.TENANT_ID.eq(scope.tenantId().value())
                .and(INVOICE_SYNCS.ENVIRONMENT_ID.eq(scope.environmentId().value()))
                .and(INVOICE_SYNCS.INVOICE_ID.eq(invoiceId.value()));
    }

    private static SyncClaim claim(InvoiceSyncsRecord row, String token) {
        return new SyncClaim(new Scope(new TenantId(row.getTenantId()), new EnvironmentId(row.getEnvironmentId())),
                new InvoiceId(row.getInvoiceId()), new ConnectionId(row.getConnectionId()), null, row.getAttempts(), token);
    }
}
