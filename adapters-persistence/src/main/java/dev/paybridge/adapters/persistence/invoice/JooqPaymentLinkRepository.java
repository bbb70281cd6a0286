package dev.paybridge.adapters.persistence.invoice;

import static dev.paybridge.adapters.persistence.generated.Tables.PAYMENT_LINKS;

import dev.paybridge.adapters.persistence.generated.tables.records.PaymentLinksRecord;
import dev.paybridge.adapters.persistence.jooq.Columns;
import dev.paybridge.adapters.persistence.jooq.Literals;
import dev.paybridge.adapters.persistence.jooq.Timestamps;
import dev.paybridge.application.port.out.persistence.PaymentLinkRepository;
import dev.paybridge.domain.connection.ConnectionId;
import dev.paybridge.domain.invoice.InvoiceId;
import dev.paybridge.domain.invoice.LinkStatus;
import dev.paybridge.domain.invoice.PaymentLink;
import dev.paybridge.domain.tenant.EnvironmentId;
import dev.paybridge.domain.tenant.Scope;
import dev.paybridge.domain.tenant.TenantId;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/** Payment links in PostgreSQL; a partial unique index allows one current link per invoice. */
public final class JooqPaymentLinkRepository implements PaymentLinkRepository {
    /** Literals, so that payment_links_reconcile_ix (WHERE status IN the same) matches a plan for any parameters. */
    private static final List<Field<String>> MAY_TAKE_MONEY = Arrays.stream(LinkStatus.values())
            .filter(LinkStatus::mayTakeMoney).map(status -> Literals.constant(status.wireName())).toList();
    private final DSLContext dsl;

    @Inject
    public JooqPaymentLinkRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public boolean insert(Scope scope, PaymentLink link) {
        return dsl.insertInto(PAYMENT_LINKS)
                .set(PAYMENT_LINKS.TENANT_ID, scope.tenantId().value())
                .set(PAYMENT_LINKS.ENVIRONMENT_ID, scope.environmentId().value())
                .set(PAYMENT_LINKS.INVOICE_ID, link.invoiceId().value())
                .set(PAYMENT_LINKS.GATEWAY_INVOICE_ID, link.gatewayInvoiceId())
                .set(PAYMENT_LINKS.CONNECTION_ID, link.connectionId().value())
                .set(PAYMENT_LINKS.PROVIDER_TYPE, link.providerType())
                .set(PAYMENT_LINKS.URL, Columns.fit(PAYMENT_LINKS.URL, link.url()))
                .set(PAYMENT_LINKS.STATUS, link.status().wireName())
                .set(PAYMENT_LINKS.GATEWAY_STATUS, Columns.fit(PAYMENT_LINKS.GATEWAY_STATUS, link.gatewayStatus()))
                .set(PAYMENT_LINKS.LIVE, link.current())
                .set(PAYMENT_LINKS.EXPIRES_AT, Timestamps.toColumn(link.expiresAt()))
                .set(PAYMENT_LINKS.CREATED_AT, Timestamps.toColumn(link.createdAt()))
                .onConflictDoNothing()
                .execute() == 1;
    }

    @Override
    public Optional<PaymentLink> findCurrent(Scope scope, InvoiceId invoiceId) {
        return dsl.selectFrom(PAYMENT_LINKS)
                .where(ofInvoice(scope, invoiceId), PAYMENT_LINKS.LIVE.isTrue())
                .fetchOptional(JooqPaymentLinkRepository::link);
    }

    @Override
    public void retire(Scope scope, InvoiceId invoiceId, String gatewayInvoiceId, LinkStatus status) {
        dsl.update(PAYMENT_LINKS).set(PAYMENT_LINKS.LIVE, false).set(PAYMENT_LINKS.STATUS, status.wireName())
                .where(ofInvoice(scope, invoiceId), PAYMENT_LINKS.GATEWAY_INVOICE_ID.eq(gatewayInvoiceId))
                .execute();
    }

    @Override
    public Optional<PaymentLink> findByGatewayInvoiceId(Scope scope, String providerType, String gatewayInvoiceId) {
        return dsl.selectFrom(PAYMENT_LINKS)
                .where(PAYMENT_LINKS.TENANT_ID.eq(scope.tenantId().value()),
                        PAYMENT_LINKS.ENVIRONMENT_ID.eq(scope.environmentId().value()),
                        PAYMENT_LINKS.PROVIDER_TYPE.eq(providerType),
                        PAYMENT_LINKS.GATEWAY_INVOICE_ID.eq(gatewayInvoiceId))
                .fetchOptional(JooqPaymentLinkRepository::link);
    }

    @Override
    public void updateStatus(Scope scope, InvoiceId invoiceId, String gatewayInvoiceId, LinkStatus status,
            String gatewayStatus) {
        dsl.update(PAYMENT_LINKS)
                .set(PAYMENT_LINKS.STATUS, status.wireName())
                .set(PAYMENT_LINKS.GATEWAY_STATUS, DSL.coalesce(
                        DSL.val(Columns.fit(PAYMENT_LINKS.GATEWAY_STATUS, gatewayStatus), PAYMENT_LINKS.GATEWAY_STATUS),
                        PAYMENT_LINKS.GATEWAY_STATUS))
                .where(ofInvoice(scope, invoiceId), PAYMENT_LINKS.GATEWAY_INVOICE_ID.eq(gatewayInvoiceId))
                .execute();
    }

    /**
     * Links never looked at come first, oldest first, then the others by due time: two claims, each a range of
     * payment_links_reconcile_ix in its order, so neither walks the links that are not due yet (a never-reconciled
     * link younger than the interval is not due, and a condition on its age would read every one of them).
     */
    @Override
    public List<ScopedLink> claimForReconciliation(Instant now, Duration interval, int limit) {
        List<ScopedLink> claimed = new ArrayList<>(claim(PAYMENT_LINKS.NEXT_RECONCILE_AT.isNull()
                .and(PAYMENT_LINKS.CREATED_AT.le(Timestamps.toColumn(now.minus(interval)))), now, interval, limit));
        if (claimed.size() < limit) {
            claimed.addAll(claim(PAYMENT_LINKS.NEXT_RECONCILE_AT.le(Timestamps.toColumn(now)), now, interval,
                    limit - claimed.size()));
        }
        return claimed;
    }

    private List<ScopedLink> claim(Condition due, Instant now, Duration interval, int limit) {
        var links = dsl.select(PAYMENT_LINKS.TENANT_ID, PAYMENT_LINKS.ENVIRONMENT_ID, PAYMENT_LINKS.INVOICE_ID,
                        PAYMENT_LINKS.GATEWAY_INVOICE_ID)
                .from(PAYMENT_LINKS)
                .where(PAYMENT_LINKS.STATUS.in(MAY_TAKE_MONEY), due)
                .orderBy(PAYMENT_LINKS.NEXT_RECONCILE_AT.asc().nullsFirst(), PAYMENT_LINKS.CREATED_AT)
                .limit(Literals.rows(limit))
                .forUpdate().skipLocked();
        return dsl.update(PAYMENT_LINKS)
                .set(PAYMENT_LINKS.NEXT_RECONCILE_AT, Timestamps.toColumn(now.plus(interval)))
                .where(DSL.row(PAYMENT_LINKS.TENANT_ID, PAYMENT_LINKS.ENVIRONMENT_ID, PAYMENT_LINKS.INVOICE_ID,
                        PAYMENT_LINKS.GATEWAY_INVOICE_ID).in(links))
                .returning()
                .fetch()
                .stream()
                .map(row -> new ScopedLink(new Scope(new TenantId(row.getTenantId()),
                        new EnvironmentId(row.getEnvironmentId())), link(row)))
                .toList();
    }

    private static Condition ofInvoice(Scope scope, InvoiceId invoiceId) {
        return PAYMENT_LINKS.TENANT_ID.eq(scope.tenantId().value())
                .and(PAYMENT_LINKS.ENVIRONMENT_ID.eq(scope.environmentId().value()))
                .and(PAYMENT_LINKS.INVOICE_ID.eq(invoiceId.value()));
    }

    private static PaymentLink link(PaymentLinksRecord row) {
        return new PaymentLink(new InvoiceId(row.getInvoiceId()), row.getGatewayInvoiceId(),
                new ConnectionId(row.getConnectionId()), row.getProviderType(), row.getUrl(),
                LinkStatus.fromWireName(row.getStatus()), row.getGatewayStatus(), row.getLive(),
                Timestamps.fromColumn(row.getExpiresAt()), Timestamps.fromColumn(row.getCreatedAt()));
    }
}
