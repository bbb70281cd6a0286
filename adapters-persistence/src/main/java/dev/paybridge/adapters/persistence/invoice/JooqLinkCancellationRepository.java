package dev.paybridge.adapters.persistence.invoice;

import static dev.paybridge.adapters.persistence.generated.Tables.LINK_CANCELLATIONS;

import dev.paybridge.adapters.persistence.generated.tables.records.LinkCancellationsRecord;
import dev.paybridge.adapters.persistence.jooq.Timestamps;
import dev.paybridge.application.port.out.persistence.LinkCancellationRepository;
import dev.paybridge.application.port.out.persistence.SyncClaim;
import dev.paybridge.domain.connection.ConnectionId;
import dev.paybridge.domain.invoice.InvoiceId;
import dev.paybridge.domain.tenant.EnvironmentId;
import dev.paybridge.domain.tenant.Scope;
import dev.paybridge.domain.tenant.TenantId;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Links to cancel at the gateway, leased to workers like the sync queue and retried until confirmed. */
public final class JooqLinkCancellationRepository implements LinkCancellationRepository {
    private static final String PENDING = "pending";
    private final DSLContext dsl;

    @Inject
    public JooqLinkCancellationRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void schedule(Scope scope, InvoiceId invoiceId, String gatewayInvoiceId, ConnectionId connectionId, Instant at) {
        dsl.insertInto(LINK_CANCELLATIONS)
                .set(LINK_CANCELLATIONS.TENANT_ID, scope.tenantId().value())
                .set(LINK_CANCELLATIONS.ENVIRONMENT_ID, scope.environmentId().value())
                .set(LINK_CANCELLATIONS.INVOICE_ID, invoiceId.value())
                .set(LINK_CANCELLATIONS.GATEWAY_INVOICE_ID, gatewayInvoiceId)
                .set(LINK_CANCELLATIONS.CONNECTION_ID, connectionId.value())
                .set(LINK_CANCELLATIONS.STATE, PENDING)
                .set(LINK_CANCELLATIONS.ATTEMPTS, 0)
                .set(LINK_CANCELLATIONS.NEXT_ATTEMPT_AT, Timestamps.toColumn(at))
                .onConflictDoNothing()
                .execute();
    }

    @Override
    public Optional<SyncClaim> claimNextDue(Instant now, Duration lease) {
        var due = dsl.select(LINK_CANCELLATIONS.TENANT_ID, LINK_CANCELLATIONS.ENVIRONMENT_ID,
                        LINK_CANCELLATIONS.INVOICE_ID, LINK_CANCELLATIONS.GATEWAY_INVOICE_ID)
                .from(LINK_CANCELLATIONS)
                .where(LINK_CANCELLATIONS.STATE.eq(PENDING),
                        LINK_CANCELLATIONS.NEXT_ATTEMPT_AT.le(Timestamps.toColumn(now)),
                        LINK_CANCELLATIONS.LEASE_UNTIL.isNull().or(LINK_CANCELLATIONS.LEASE_UNTIL.lt(Timestamps.toColumn(now))))
                .orderBy(LINK_CANCELLATIONS.NEXT_ATTEMPT_AT)
                .limit(1)
                .forUpdate().skipLocked();
        String token = UUID.randomUUID().toString();
        return dsl.update(LINK_CANCELLATIONS)
                .set(LINK_CANCELLATIONS.ATTEMPTS, LINK_CANCELLATIONS.ATTEMPTS.plus(1))
                .set(LINK_CANCELLATIONS.LEASE_TOKEN, token)
                .set(LINK_CANCELLATIONS.LEASE_UNTIL, Timestamps.toColumn(now.plus(lease)))
                .where(DSL.row(LINK_CANCELLATIONS.TENANT_ID, LINK_CANCELLATIONS.ENVIRONMENT_ID,
                        LINK_CANCELLATIONS.INVOICE_ID, LINK_CANCELLATIONS.GATEWAY_INVOICE_ID).in(due))
                .returning()
                .fetchOptional()
                .map(row -> claim(row, token));
    }

    @Override
    public boolean markDone(SyncClaim claim, Instant now) {
        return settle(claim, "done", null, null);
    }

    @Override
    public boolean markRetry(SyncClaim claim, String error, Instant nextAttemptAt) {
        return settle(claim, PENDING, error, nextAttemptAt);
    }

    @Override
    public boolean markFailed(SyncClaim claim, String error) {
        return settle(claim, "failed", error, null);
    }

    private boolean settle(SyncClaim claim, String state, String error, Instant nextAttemptAt) {
        var update = dsl.update(LINK_CANCELLATIONS)
                .set(LINK_CANCELLATIONS.STATE, state)
                .set(LINK_CANCELLATIONS.LAST_ERROR, Leases.truncate(error))
                .set(LINK_CANCELLATIONS.LEASE_TOKEN, (String) null)
                .set(LINK_CANCELLATIONS.LEASE_UNTIL, (OffsetDateTime) null);
        if (nextAttemptAt != null) {
            update = update.set(LINK_CANCELLATIONS.NEXT_ATTEMPT_AT, Timestamps.toColumn(nextAttemptAt));
        }
        return update.where(is(claim), LINK_CANCELLATIONS.LEASE_TOKEN.eq(claim.leaseToken())).execute() == 1;
    }

    private static Condition is(SyncClaim claim) {
        return LINK_CANCELLATIONS.TENANT_ID.eq(claim.scope().tenantId().value())
                .and(LINK_CANCELLATIONS.ENVIRONMENT_ID.eq(claim.scope().environmentId().value()))
                .and(LINK_CANCELLATIONS.INVOICE_ID.eq(claim.invoiceId().value()))
                .and(LINK_CANCELLATIONS.GATEWAY_INVOICE_ID.eq(claim.gatewayInvoiceId()));
    }

    private static SyncClaim claim(LinkCancellationsRecord row, String token) {
        return new SyncClaim(new Scope(new TenantId(row.getTenantId()), new EnvironmentId(row.getEnvironmentId())),
                new InvoiceId(row.getInvoiceId()), new ConnectionId(row.getConnectionId()), row.getGatewayInvoiceId(),
                row.getAttempts(), token);
    }
}
