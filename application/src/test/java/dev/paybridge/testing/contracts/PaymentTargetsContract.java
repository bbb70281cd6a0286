package dev.paybridge.testing.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paybridge.application.port.out.persistence.PaymentTargets.Intake;
import dev.paybridge.application.port.out.persistence.PaymentTargets.PaymentTarget;
import dev.paybridge.application.port.out.persistence.VerifierChangedException;
import dev.paybridge.application.port.out.persistence.WebhookVerifier;
import dev.paybridge.domain.connection.Connection;
import dev.paybridge.domain.connection.ConnectionId;
import dev.paybridge.domain.connection.SealedSecrets;
import dev.paybridge.domain.invoice.Customer;
import dev.paybridge.domain.invoice.Invoice;
import dev.paybridge.domain.invoice.InvoiceId;
import dev.paybridge.domain.invoice.LineItem;
import dev.paybridge.domain.invoice.LinkStatus;
import dev.paybridge.domain.invoice.Payment;
import dev.paybridge.domain.invoice.PaymentLink;
import dev.paybridge.domain.invoice.PaymentState;
import dev.paybridge.domain.money.CurrencyUnit;
import dev.paybridge.domain.money.Money;
import dev.paybridge.domain.tenant.Scope;
import dev.paybridge.domain.webhook.WebhookEvent;
import dev.paybridge.testing.mothers.Connections;
import dev.paybridge.testing.mothers.Events;
import dev.paybridge.testing.mothers.Invoices;
import dev.paybridge.testing.mothers.Links;
import dev.paybridge.testing.mothers.Payments;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** What every {@code PaymentTargets} does: the webhook's read and write, each exactly as the repositories see it. */
public abstract class PaymentTargetsContract extends PersistenceContract {

    @Test
    void locks_a_link_with_its_invoice_exactly_as_stored_and_its_payments_oldest_first() {
        Scope scope = newScope();
        CurrencyUnit kwd = CurrencyUnit.of("KWD");
        Invoice invoice = Invoice.draft(InvoiceId.generate(), scope, "INV-K1", kwd,
                new Customer("cus_1", "Acme", "billing@acme.test"),
                List.of(LineItem.of("API calls", new BigDecimal("1200"), new BigDecimal("0.012345678901"), kwd),
                        LineItem.of("Seats", new BigDecimal("3"), new BigDecimal("1.5"), kwd)),
                null, Map.of("order", "A-1"), now).finalized(now);
        ports().invoices().insert(invoice);
        PaymentLink link = Links.current(invoice.id(), "gw-k1", ConnectionId.generate(), now);
        ports().links().insert(scope, link);
        Payment later = Payments.of(invoice.id(), "p2", PaymentState.SUCCEEDED, new Money(new BigDecimal("1.234"), kwd),
                now.plusSeconds(1));
        Payment earlier = Payments.of(invoice.id(), "p1", PaymentState.FAILED, new Money(new BigDecimal("2"), kwd), now);
        ports().payments().save(scope, later);
        ports().payments().save(scope, earlier);

        PaymentTarget target = ports().transactions().inTransaction(() ->
                ports().paymentTargets().lock(scope, "fakepay", "gw-k1")).orElseThrow();

        assertThat(target.link()).isEqualTo(ports().links().findByGatewayInvoiceId(scope, "fakepay", "gw-k1")
                .orElseThrow());
        assertThat(target.invoice()).isEqualTo(ports().invoices().find(scope, invoice.id()).orElseThrow());
        assertThat(target.payments()).isEqualTo(ports().payments().listForInvoice(scope, invoice.id()))
                .extracting(Payment::gatewayPaymentId).containsExactly("p1", "p2");
    }

    @Test
    void finds_nothing_for_another_gateway_invoice_provider_or_environment() {
        Scope scope = newScope();
        Invoice invoice = newInvoice(scope);
        ports().links().insert(scope, Links.current(invoice.id(), "gw-x", ConnectionId.generate(), now));
        ports().transactions().inTransaction(() -> {
            assertThat(ports().paymentTargets().lock(scope, "fakepay", "gw-y")).isEmpty();
            assertThat(ports().paymentTargets().lock(scope, "otherpay", "gw-x")).isEmpty();
            assertThat(ports().paymentTargets().lock(newScope(), "fakepay", "gw-x")).isEmpty();
            assertThat(ports().paymentTargets().lock(scope, "fakepay", "gw-x")).isPresent();
            return null;
        });
    }

    @Test
    void stores_a_new_event_and_locks_the_target_of_its_payment_in_one_go() {
        Scope scope = newScope();
        Invoice invoice = newInvoice(scope);
        ports().links().insert(scope, Links.current(invoice.id(), "gw-s", ConnectionId.generate(), now));
        WebhookEvent event = Events.processed(scope, "evt_s", now);

        Intake intake = ports().transactions().inTransaction(() ->
                ports().paymentTargets().storeAndLock(event, Optional.empty(), "gw-s"));

        assertThat(intake.stored()).isTrue();
        assertThat(ports().events().find(scope, event.id())).contains(event);
        assertThat(intake.target()).isEqualTo(ports().transactions().inTransaction(() ->
                ports().paymentTargets().lock(scope, "fakepay", "gw-s")));
        assertThat(intake.target().orElseThrow().invoice().id()).isEqualTo(invoice.id());
    }

    @Test
    void checks_the_verifying_connection_in_the_same_go_and_stores_nothing_once_it_changed() {
        Scope scope = newScope();
        Invoice invoice = newInvoice(scope);
        ports().links().insert(scope, Links.current(invoice.id(), "gw-v", ConnectionId.generate(), now));
        Connection connection = Connections.active(scope, "fakepay", now);
        ports().connections().insert(connection);
        WebhookEvent event = Events.processed(scope, "evt_v", now);

        Intake intake = ports().transactions().inTransaction(() ->
                ports().paymentTargets().storeAndLock(event, Optional.of(WebhookVerifier.of(connection)), "gw-v"));

        assertThat(intake.stored()).isTrue();
        assertThat(intake.target().orElseThrow().invoice().id()).isEqualTo(invoice.id());
        assertThat(ports().events().find(scope, event.id())).contains(event);

        Connection rotated = connection.withSecrets(new SealedSecrets(new byte[] {9, 9}), connection.mode(),
                now.plusSeconds(1));
        ports().connections().update(rotated);
        WebhookEvent later = Events.processed(scope, "evt_v_later", now.plusSeconds(2));
        assertThatThrownBy(() -> ports().transactions().inTransaction(() -> ports().paymentTargets()
                .storeAndLock(later, Optional.of(WebhookVerifier.of(connection)), "gw-v")))
                .isInstanceOf(VerifierChangedException.class);
        assertThat(ports().events().findByGatewayEventId(scope, "fakepay", "evt_v_later")).isEmpty();
        assertThat(ports().transactions().inTransaction(() -> ports().paymentTargets()
                .storeAndLock(later, Optional.of(WebhookVerifier.of(rotated)), "gw-v")).stored()).isTrue();
    }

    @Test
    void a_second_delivery_stores_nothing_and_still_locks_the_target() {
        Scope scope = newScope();
        Invoice invoice = newInvoice(scope);
        ports().links().insert(scope, Links.current(invoice.id(), "gw-d", ConnectionId.generate(), now));
        WebhookEvent first = Events.processed(scope, "evt_d", now);
        ports().events().insert(first);
        WebhookEvent again = Events.processed(scope, "evt_d", now.plusSeconds(1));

        Intake intake = ports().transactions().inTransaction(() ->
                ports().paymentTargets().storeAndLock(again, Optional.empty(), "gw-d"));

        assertThat(intake.stored()).isFalse();
        assertThat(intake.target()).isPresent();
        assertThat(ports().events().find(scope, again.id())).isEmpty();
        assertThat(ports().events().findByGatewayEventId(scope, "fakepay", "evt_d")).contains(first);
    }

    @Test
    void stores_an_event_whose_gateway_invoice_is_linked_to_nothing_here() {
        Scope scope = newScope();
        Invoice invoice = newInvoice(scope);
        ports().links().insert(scope, Links.current(invoice.id(), "gw-o", ConnectionId.generate(), now));
        WebhookEvent event = Events.processed(newScope(), "evt_o", now);

        Intake intake = ports().transactions().inTransaction(() ->
                ports().paymentTargets().storeAndLock(event, Optional.empty(), "gw-o"));

        assertThat(intake.stored()).isTrue();
        assertThat(intake.target()).as("the link is another environment's").isEmpty();
        assertThat(ports().events().find(event.scope(), event.id())).contains(event);
    }

    @Test
    void a_second_delivery_during_the_first_waits_for_it_then_sees_what_it_recorded() throws Exception {
        Scope scope = newScope();
        PaymentLink link = linkedInvoice(scope, "gw-w");
        Payment paid = Payments.of(link.invoiceId(), "p-w", PaymentState.SUCCEEDED, Invoices.sar("40.00"), now);

        Intake again = seenWhileAnotherRecords(scope, link, paid,
                () -> ports().paymentTargets().storeAndLock(Events.processed(scope, "evt_w", now), Optional.empty(),
                        "gw-w").target().orElseThrow(),
                () -> ports().paymentTargets().storeAndLock(Events.processed(scope, "evt_w", now), Optional.empty(),
                        "gw-w"));

        assertThat(again.stored()).isFalse();
        assertThat(again.target().orElseThrow().payments()).containsExactly(paid);
    }

    @Test
    void records_a_new_payment_then_merges_it_with_the_invoice_figures_and_the_link_status_when_given() {
        Scope scope = newScope();
        Invoice invoice = ports().invoices().find(scope, newInvoice(scope).id()).orElseThrow();
        PaymentLink link = Links.current(invoice.id(), "gw-r", ConnectionId.generate(), now);
        ports().links().insert(scope, link);
        Payment paid = Payments.of(invoice.id(), "p-r", PaymentState.SUCCEEDED, Invoices.sar("100.00"), now);
        Invoice settled = invoice.withPayments(List.of(paid), now.plusSeconds(1));

        ports().transactions().inTransaction(() -> {
            ports().paymentTargets().record(scope, paid, settled, link, Optional.of(LinkStatus.PAID));
            return null;
        });

        assertThat(ports().payments().listForInvoice(scope, invoice.id())).containsExactly(paid);
        assertThat(ports().invoices().find(scope, invoice.id())).contains(settled);
        assertThat(ports().links().findCurrent(scope, invoice.id()).orElseThrow().status()).isEqualTo(LinkStatus.PAID);

        Payment refunded = new Payment(paid.id(), paid.invoiceId(), paid.providerType(), paid.gatewayPaymentId(),
                PaymentState.REFUNDED, paid.amount(), Invoices.sar("100.00"), paid.method(), null, paid.createdAt(),
                now.plusSeconds(2));
        Invoice afterRefund = settled.withPayments(List.of(refunded), now.plusSeconds(2));
        ports().transactions().inTransaction(() -> {
            ports().paymentTargets().record(scope, refunded, afterRefund, link, Optional.empty());
            return null;
        });
        assertThat(ports().payments().listForInvoice(scope, invoice.id())).containsExactly(refunded);
        assertThat(ports().invoices().find(scope, invoice.id())).contains(afterRefund);
        assertThat(ports().links().findCurrent(scope, invoice.id()).orElseThrow().status()).isEqualTo(LinkStatus.PAID);
    }

    @Test
    void a_lock_that_waited_for_another_transaction_sees_the_payment_that_transaction_recorded() throws Exception {
        Scope scope = newScope();
        PaymentLink link = linkedInvoice(scope, "gw-c");
        Payment first = Payments.of(link.invoiceId(), "p-c1", PaymentState.SUCCEEDED, Invoices.sar("40.00"), now);

        PaymentTarget seen = seenWhileAnotherRecords(scope, link, first,
                () -> ports().paymentTargets().lock(scope, "fakepay", "gw-c").orElseThrow(),
                () -> ports().paymentTargets().lock(scope, "fakepay", "gw-c").orElseThrow());

        assertThat(seen.payments()).containsExactly(first);
        assertThat(seen.invoice().amountPaid()).isEqualTo(Invoices.sar("40.00"));
    }

    /** A new finalized invoice of the scope and its current link, with this gateway invoice id. */
    private PaymentLink linkedInvoice(Scope scope, String gatewayInvoiceId) {
        PaymentLink link = Links.current(newInvoice(scope).id(), gatewayInvoiceId, ConnectionId.generate(), now);
        ports().links().insert(scope, link);
        return link;
    }

    /**
     * What {@code second} returns in a transaction of its own, started while a first transaction holds the target
     * {@code hold} locked; the first then records {@code paid} on it and commits.
     */
    private <T> T seenWhileAnotherRecords(Scope scope, PaymentLink link, Payment paid, Supplier<PaymentTarget> hold,
            Supplier<T> second) throws Exception {
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<?> writer = threads.submit(() -> ports().transactions().inTransaction(() -> {
                PaymentTarget target = hold.get();
                held.countDown();
                awaitQuietly(release);
                ports().paymentTargets().record(scope, paid, target.invoice().withPayments(List.of(paid), now), link,
                        Optional.empty());
                return null;
            }));
            assertThat(held.await(10, TimeUnit.SECONDS)).isTrue();
            Future<T> waiter = threads.submit(() -> ports().transactions().inTransaction(second::get));
            Thread.sleep(300); // lets the second transaction reach what the first holds, then ends the first
            release.countDown();
            writer.get(10, TimeUnit.SECONDS);
            return waiter.get(10, TimeUnit.SECONDS);
        } finally {
            release.countDown();
            threads.shutdownNow();
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
