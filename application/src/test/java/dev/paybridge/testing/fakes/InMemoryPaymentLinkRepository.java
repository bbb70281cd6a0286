package dev.paybridge.testing.fakes;

import dev.paybridge.application.port.out.persistence.PaymentLinkRepository;
import dev.paybridge.domain.invoice.InvoiceId;
import dev.paybridge.domain.invoice.LinkStatus;
import dev.paybridge.domain.invoice.PaymentLink;
import dev.paybridge.domain.tenant.Scope;
import dev.paybridge.testing.fakes.InMemoryStore.LinkKey;
import dev.paybridge.testing.fakes.InMemoryStore.LinkRow;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** Payment links in memory: one current link per invoice, a gateway invoice id used once per provider. */
public final class InMemoryPaymentLinkRepository implements PaymentLinkRepository {
    private static final int MAX_URL = 2000;
    private static final int MAX_GATEWAY_STATUS = 64;
    private final InMemoryStore store;

    public InMemoryPaymentLinkRepository(InMemoryStore store) {
        this.store = store;
    }

    @Override
    public boolean insert(Scope scope, PaymentLink link) {
        return store.statement(() -> {
            store.requireInvoice(scope, link.invoiceId(), "payment_links_invoice_fk");
            LinkKey key = new LinkKey(scope, link.invoiceId(), link.gatewayInvoiceId());
            boolean taken = store.links.contains(key) || store.links.any(row ->
                    row.link().providerType().equals(link.providerType())
                            && row.link().gatewayInvoiceId().equals(link.gatewayInvoiceId())
                    || link.current() && row.link().current() && row.scope().equals(scope)
                            && row.link().invoiceId().equals(link.invoiceId()));
            if (!taken) {
                store.links.put(key, new LinkRow(scope, stored(link), null));
            }
            return !taken;
        });
    }

    @Override
    public Optional<PaymentLink> findCurrent(Scope scope, InvoiceId invoiceId) {
        return store.statement(() -> store.links.where(row -> row.scope().equals(scope)
                && row.link().invoiceId().equals(invoiceId) && row.link().current()).stream()
                .map(LinkRow::link).findFirst());
    }

    @Override
    public void retire(Scope scope, InvoiceId invoiceId, String gatewayInvoiceId, LinkStatus status) {
        change(new LinkKey(scope, invoiceId, gatewayInvoiceId), link -> link.retired(status));
    }

    @Override
    public Optional<PaymentLink> findByGatewayInvoiceId(Scope scope, String providerType, String gatewayInvoiceId) {
        return store.statement(() -> store.links.where(row -> row.scope().equals(scope)
                && row.link().providerType().equals(providerType)
                && row.link().gatewayInvoiceId().equals(gatewayInvoiceId)).stream().map(LinkRow::link).findFirst());
    }

    @Override
    public void updateStatus(Scope scope, InvoiceId invoiceId, String gatewayInvoiceId, LinkStatus status,
            String gatewayStatus) {
        change(new LinkKey(scope, invoiceId, gatewayInvoiceId), l -> new PaymentLink(l.invoiceId(),
                l.gatewayInvoiceId(), l.connectionId(), l.providerType(), l.url(), status,
                gatewayStatus == null ? l.gatewayStatus() : Columns.fit(gatewayStatus, MAX_GATEWAY_STATUS),
                l.current(), l.expiresAt(), l.createdAt()));
    }

    @Override
    public List<ScopedLink> claimForReconciliation(Instant time, Duration interval, int limit) {
        Instant now = Micros.of(time);
        return store.statement(() -> store.links.copy().entrySet().stream()
                .filter(entry -> entry.getValue().link().status().mayTakeMoney() && isDue(entry.getValue(), now,
                        interval))
                .sorted(Comparator.comparing((Map.Entry<LinkKey, LinkRow> entry) -> entry.getValue()
                                .nextReconcileAt(), Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparing(entry -> entry.getValue().link().createdAt()))
                .limit(limit)
                .map(entry -> {
                    LinkRow row = entry.getValue();
                    store.links.put(entry.getKey(), new LinkRow(row.scope(), row.link(), Micros.of(now.plus(interval))));
                    return new ScopedLink(row.scope(), row.link());
                })
                .toList());
    }

    private static boolean isDue(LinkRow row, Instant now, Duration interval) {
        return row.nextReconcileAt() == null ? !row.link().createdAt().isAfter(now.minus(interval))
                : !row.nextReconcileAt().isAfter(now);
    }

    private void change(LinkKey key, UnaryOperator<PaymentLink> change) {
        store.run(() -> store.links.get(key).ifPresent(row ->
                store.links.put(key, new LinkRow(row.scope(), change.apply(row.link()), row.nextReconcileAt()))));
    }

    private static PaymentLink stored(PaymentLink l) {
        return new PaymentLink(l.invoiceId(), l.gatewayInvoiceId(), l.connectionId(), l.providerType(),
                Columns.fit(l.url(), MAX_URL), l.status(), Columns.fit(l.gatewayStatus(), MAX_GATEWAY_STATUS),
                l.current(), Micros.of(l.expiresAt()), Micros.of(l.createdAt()));
    }
}
