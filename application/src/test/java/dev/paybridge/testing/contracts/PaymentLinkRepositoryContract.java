package dev.paybridge.testing.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paybridge.application.port.out.persistence.PaymentLinkRepository.ScopedLink;
import dev.paybridge.domain.connection.ConnectionId;
import dev.paybridge.domain.invoice.Invoice;
import dev.paybridge.domain.invoice.InvoiceId;
import dev.paybridge.domain.invoice.LinkStatus;
import dev.paybridge.domain.invoice.PaymentLink;
import dev.paybridge.domain.tenant.Scope;
import dev.paybridge.testing.mothers.Links;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@code PaymentLinkRepository} does, the reconciliation claim included. */
public abstract class PaymentLinkRepositoryContract extends PersistenceContract {
    private static final Duration INTERVAL = Duration.ofMinutes(10);
    private final ConnectionId connection = ConnectionId.generate();

    @Test
    void stores_a_link_and_finds_it_as_current_and_by_gateway_id() {
        Scope scope = newScope();
        PaymentLink link = current(scope, newInvoice(scope));
        assertThat(ports().links().findCurrent(scope, link.invoiceId())).contains(link);
        assertThat(ports().links().findByGatewayInvoiceId(scope, "fakepay", link.gatewayInvoiceId())).contains(link);
        assertThat(ports().links().findByGatewayInvoiceId(scope, "other", link.gatewayInvoiceId())).isEmpty();
    }

    @Test
    void an_invoice_has_at_most_one_current_link() {
        Scope scope = newScope();
        Invoice invoice = newInvoice(scope);
        PaymentLink first = current(scope, invoice);
        PaymentLink second = Links.current(invoice.id(), gatewayId(), connection, now);
        assertThat(ports().links().insert(scope, second)).isFalse();
        assertThat(ports().links().findByGatewayInvoiceId(scope, "fakepay", second.gatewayInvoiceId())).isEmpty();
        PaymentLink old = Links.of(invoice.id(), gatewayId(), connection, LinkStatus.EXPIRED, false, now);
        assertThat(ports().links().insert(scope, old)).as("a link that is not current").isTrue();
        ports().links().retire(scope, invoice.id(), first.gatewayInvoiceId(), LinkStatus.RETIRED);
        assertThat(ports().links().insert(scope, second)).isTrue();
        assertThat(ports().links().findCurrent(scope, invoice.id())).contains(second);
    }

    @Test
    void a_gateway_invoice_id_is_stored_once_per_provider_whatever_the_environment() {
        Scope scope = newScope();
        Scope other = newScope();
        PaymentLink link = current(scope, newInvoice(scope));
        PaymentLink copy = Links.current(newInvoice(other).id(), link.gatewayInvoiceId(), connection, now);
        assertThat(ports().links().insert(other, copy)).isFalse();
        assertThat(ports().links().findCurrent(other, copy.invoiceId())).isEmpty();
    }

    @Test
    void a_link_belongs_to_an_existing_invoice() {
        Scope scope = newScope();
        PaymentLink orphan = Links.current(InvoiceId.generate(), gatewayId(), connection, now);
        assertThatThrownBy(() -> ports().links().insert(scope, orphan)).isInstanceOf(RuntimeException.class);
    }

    @Test
    void a_retired_link_is_no_longer_current_and_keeps_its_new_status() {
        Scope scope = newScope();
        PaymentLink link = current(scope, newInvoice(scope));
        ports().links().retire(scope, link.invoiceId(), link.gatewayInvoiceId(), LinkStatus.RETIRED);
        assertThat(ports().links().findCurrent(scope, link.invoiceId())).isEmpty();
        assertThat(ports().links().findByGatewayInvoiceId(scope, "fakepay", link.gatewayInvoiceId()))
                .contains(link.retired(LinkStatus.RETIRED));
    }

    @Test
    void a_status_update_keeps_the_gateway_word_unless_a_new_one_is_given() {
        Scope scope = newScope();
        PaymentLink link = current(scope, newInvoice(scope));
        ports().links().updateStatus(scope, link.invoiceId(), link.gatewayInvoiceId(), LinkStatus.PAID, null);
        assertThat(find(scope, link)).extracting(PaymentLink::status, PaymentLink::gatewayStatus, PaymentLink::current)
                .containsExactly(LinkStatus.PAID, "awaiting_payment", true);
        ports().links().updateStatus(scope, link.invoiceId(), link.gatewayInvoiceId(), LinkStatus.CANCELED,
                "x".repeat(100));
        assertThat(find(scope, link).gatewayStatus()).hasSize(64).endsWith("…");
    }

    @Test
    void another_environment_never_sees_or_changes_a_link() {
        Scope scope = newScope();
        Scope other = newScope();
        PaymentLink link = current(scope, newInvoice(scope));
        assertThat(ports().links().findCurrent(other, link.invoiceId())).isEmpty();
        assertThat(ports().links().findByGatewayInvoiceId(other, "fakepay", link.gatewayInvoiceId())).isEmpty();
        ports().links().retire(other, link.invoiceId(), link.gatewayInvoiceId(), LinkStatus.CANCELED);
        ports().links().updateStatus(other, link.invoiceId(), link.gatewayInvoiceId(), LinkStatus.PAID, "paid");
        assertThat(find(scope, link)).isEqualTo(link);
    }

    @Test
    void a_new_link_is_first_due_for_reconciliation_one_interval_after_it_was_made() {
        Scope scope = newScope();
        PaymentLink link = current(scope, newInvoice(scope));
        assertThat(claimed(scope, now.plus(INTERVAL).minusNanos(1_000))).isEmpty();
        assertThat(claimed(scope, now.plus(INTERVAL))).containsExactly(link);
    }

    @Test
    void reconciliation_claims_only_links_that_may_take_money() {
        Scope scope = newScope();
        List<PaymentLink> links = List.of(LinkStatus.values()).stream().map(status -> Links.of(newInvoice(scope).id(),
                gatewayId(), connection, status, status == LinkStatus.OPEN, now)).toList();
        links.forEach(link -> ports().links().insert(scope, link));
        assertThat(claimed(scope, now.plus(INTERVAL))).extracting(PaymentLink::status)
                .containsExactlyInAnyOrder(LinkStatus.OPEN, LinkStatus.RETIRED, LinkStatus.UNKNOWN);
    }

    @Test
    void a_claimed_link_is_not_claimed_again_within_the_interval() {
        Scope scope = newScope();
        PaymentLink link = current(scope, newInvoice(scope));
        Instant first = now.plus(INTERVAL);
        assertThat(claimed(scope, first)).containsExactly(link);
        assertThat(claimed(scope, first)).isEmpty();
        assertThat(claimed(scope, first.plus(INTERVAL).minusNanos(1_000))).isEmpty();
        assertThat(claimed(scope, first.plus(INTERVAL))).containsExactly(link);
    }

    @Test
    void one_claim_takes_links_never_looked_at_and_links_due_again() {
        Scope scope = newScope();
        PaymentLink lookedAt = current(scope, newInvoice(scope));
        assertThat(claimed(scope, now.plus(INTERVAL))).containsExactly(lookedAt);
        PaymentLink younger = current(scope, newInvoice(scope), now.plus(INTERVAL).plusSeconds(60));
        PaymentLink older = current(scope, newInvoice(scope), now.plus(INTERVAL));
        assertThat(claimed(scope, now.plus(INTERVAL.multipliedBy(3)))).containsExactlyInAnyOrder(older, younger,
                lookedAt);
    }

    @Test
    void a_claim_takes_at_most_its_limit_and_leaves_the_rest_for_the_next() {
        Scope scope = newScope();
        for (int i = 0; i < 3; i++) {
            current(scope, newInvoice(scope));
        }
        Instant due = now.plus(INTERVAL);
        List<ScopedLink> batch = ports().links().claimForReconciliation(due, INTERVAL, 2);
        assertThat(batch).hasSize(2).allSatisfy(claimed -> assertThat(claimed.scope()).isEqualTo(scope));
        assertThat(claimed(scope, due)).hasSize(1);
    }

    private List<PaymentLink> claimed(Scope scope, Instant at) {
        return ports().links().claimForReconciliation(at, INTERVAL, 100).stream()
                .filter(claimed -> claimed.scope().equals(scope)).map(ScopedLink::link).toList();
    }

    private PaymentLink current(Scope scope, Invoice invoice) {
        return current(scope, invoice, now);
    }

    private PaymentLink current(Scope scope, Invoice invoice, Instant createdAt) {
        PaymentLink link = Links.current(invoice.id(), gatewayId(), connection, createdAt);
        assertThat(ports().links().insert(scope, link)).isTrue();
        return link;
    }

    private PaymentLink find(Scope scope, PaymentLink link) {
        return ports().links().findByGatewayInvoiceId(scope, "fakepay", link.gatewayInvoiceId()).orElseThrow();
    }

    private static String gatewayId() {
        return "fk_link_" + UUID.randomUUID();
    }
}
