package dev.paybridge.application.service.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paybridge.application.port.in.webhook.WebhookReceipt;
import dev.paybridge.application.spi.GatewayPayment;
import dev.paybridge.domain.invoice.Invoice;
import dev.paybridge.domain.invoice.InvoiceStatus;
import dev.paybridge.domain.invoice.LinkStatus;
import dev.paybridge.domain.invoice.Payment;
import dev.paybridge.domain.invoice.PaymentLink;
import dev.paybridge.domain.invoice.PaymentState;
import dev.paybridge.domain.invoice.PaymentStatus;
import dev.paybridge.domain.money.CurrencyUnit;
import dev.paybridge.domain.money.Money;
import dev.paybridge.domain.tenant.Scope;
import dev.paybridge.domain.webhook.WebhookEvent;
import dev.paybridge.domain.webhook.WebhookEventStatus;
import dev.paybridge.testing.app.Scenario;
import dev.paybridge.testing.app.TestApplication;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The money rules of payment webhooks: what a payment does to its invoice, and what is flagged for a person. */
class PaymentWebhookServiceTest {
    private final TestApplication app = new TestApplication();
    private final Scenario given = new Scenario(app);
    private final Scope scope = given.tenantWithConnection();
    private final PaymentLink link = given.linked(scope, "100.00");

    @Test
    void an_exact_payment_pays_the_invoice_and_its_link() {
        GatewayPayment paid = app.gateway.payer().paysInFull(link.gatewayInvoiceId());

        assertThat(given.deliver(scope, given.webhooks().about(paid))).isEqualTo(new WebhookReceipt.Stored(false));

        Invoice invoice = invoice();
        assertThat(invoice.paymentStatus()).isEqualTo(PaymentStatus.SUCCEEDED);
        assertThat(invoice.amountPaid()).isEqualTo(sar("100.00"));
        assertThat(invoice.paidAt()).isEqualTo(app.clock.instant());
        assertThat(given.link(scope, link.gatewayInvoiceId()).status()).isEqualTo(LinkStatus.PAID);
        assertThat(onlyEvent().status()).isEqualTo(WebhookEventStatus.PROCESSED);
    }

    @Test
    void a_payment_webhook_stores_its_event_and_locks_its_target_in_one_go() {
        GatewayPayment paid = app.gateway.payer().paysInFull(link.gatewayInvoiceId());

        given.deliver(scope, given.webhooks().about(paid));
        given.deliver(scope, given.webhooks().about(paid));

        assertThat(invoice().paymentStatus()).isEqualTo(PaymentStatus.SUCCEEDED);
        assertThat(app.db.paymentTargets.locksAlone()).as("locks sent apart from the event's insert").isZero();
    }

    @Test
    void an_underpayment_counts_in_the_amount_paid_leaves_the_invoice_pending_and_is_flagged() {
        GatewayPayment paid = app.gateway.payer().pays(link.gatewayInvoiceId(), sar("40.00"));

        given.deliver(scope, given.webhooks().about(paid));

        assertThat(invoice()).extracting(Invoice::paymentStatus, Invoice::amountPaid)
                .containsExactly(PaymentStatus.PENDING, sar("40.00"));
        assertThat(onlyEvent()).extracting(WebhookEvent::status, WebhookEvent::reviewReason)
                .containsExactly(WebhookEventStatus.NEEDS_REVIEW, "underpayment: paid 40.00 SAR of 100.00 SAR due");
        assertThat(given.link(scope, link.gatewayInvoiceId()).status()).isEqualTo(LinkStatus.OPEN);
    }

    @Test
    void an_overpayment_pays_the_invoice_and_is_flagged() {
        GatewayPayment paid = app.gateway.payer().pays(link.gatewayInvoiceId(), sar("150.00"));

        given.deliver(scope, given.webhooks().about(paid));

        assertThat(invoice()).extracting(Invoice::paymentStatus, Invoice::amountPaid)
                .containsExactly(PaymentStatus.SUCCEEDED, sar("150.00"));
        assertThat(onlyEvent().status()).isEqualTo(WebhookEventStatus.NEEDS_REVIEW);
        assertThat(onlyEvent().reviewReason()).startsWith("overpayment");
    }

    @Test
    void a_payment_in_another_currency_is_recorded_and_flagged_but_pays_nothing() {
        Money dollars = Money.parse("100.00", CurrencyUnit.of("USD"));
        GatewayPayment paid = app.gateway.payer().pays(link.gatewayInvoiceId(), dollars);

        given.deliver(scope, given.webhooks().about(paid));

        assertThat(given.payments(scope, link.invoiceId())).extracting(Payment::amount).containsExactly(dollars);
        assertThat(invoice()).extracting(Invoice::paymentStatus, Invoice::amountPaid)
                .containsExactly(PaymentStatus.PENDING, sar("0.00"));
        assertThat(onlyEvent().reviewReason()).isEqualTo("paid 100.00 USD but the invoice is in SAR");
        assertThat(given.link(scope, link.gatewayInvoiceId()).status()).isEqualTo(LinkStatus.OPEN);
    }

    @Test
    void a_refund_heard_before_the_payment_wins_and_nothing_is_counted_twice() {
        GatewayPayment paid = app.gateway.payer().paysInFull(link.gatewayInvoiceId());
        GatewayPayment refunded = app.gateway.payer().refunds(paid, Optional.empty());

        given.deliver(scope, given.webhooks().about(refunded));
        given.deliver(scope, given.webhooks().about(paid));

        assertThat(invoice()).extracting(Invoice::paymentStatus, Invoice::amountPaid)
                .containsExactly(PaymentStatus.REFUNDED, sar("100.00"));
        assertThat(given.payments(scope, link.invoiceId())).singleElement()
                .extracting(Payment::state, Payment::amountRefunded)
                .containsExactly(PaymentState.REFUNDED, sar("100.00"));
    }

    @Test
    void a_duplicate_event_is_stored_once_and_changes_nothing() {
        byte[] body = given.webhooks().about(app.gateway.payer().paysInFull(link.gatewayInvoiceId()));
        given.deliver(scope, body);
        Invoice before = invoice();
        app.clock.advance(Duration.ofMinutes(1));

        assertThat(given.deliver(scope, body)).isEqualTo(new WebhookReceipt.Stored(true));

        assertThat(invoice()).isEqualTo(before);
        assertThat(given.events(scope)).hasSize(1);
        assertThat(given.payments(scope, link.invoiceId())).hasSize(1);
    }

    @Test
    void a_replayed_event_changes_nothing_twice() {
        given.deliver(scope, given.webhooks().about(app.gateway.payer().paysInFull(link.gatewayInvoiceId())));
        Invoice before = invoice();
        app.clock.advance(Duration.ofMinutes(1));

        WebhookEvent replayed = Scenario.done(app.webhookEvents.replayEvent(scope, onlyEvent().id()));

        assertThat(replayed.status()).isEqualTo(WebhookEventStatus.PROCESSED);
        assertThat(invoice()).isEqualTo(before);
        assertThat(given.payments(scope, link.invoiceId())).hasSize(1);
    }

    @Test
    void a_replay_never_clears_a_review_flag() {
        given.deliver(scope, given.webhooks().about(app.gateway.payer().pays(link.gatewayInvoiceId(), sar("40.00"))));
        WebhookEvent flagged = onlyEvent();

        WebhookEvent replayed = Scenario.done(app.webhookEvents.replayEvent(scope, flagged.id()));

        assertThat(replayed).extracting(WebhookEvent::status, WebhookEvent::reviewReason)
                .containsExactly(WebhookEventStatus.NEEDS_REVIEW, flagged.reviewReason());
        assertThat(invoice().amountPaid()).isEqualTo(sar("40.00"));
    }

    @Test
    void a_payment_on_a_voided_invoice_is_recorded_and_flagged() {
        Scenario.done(app.voidInvoice.voidInvoice(scope, link.invoiceId()));
        GatewayPayment paid = app.gateway.payer().paysInFull(link.gatewayInvoiceId());

        given.deliver(scope, given.webhooks().about(paid));

        assertThat(invoice().status()).isEqualTo(InvoiceStatus.VOIDED);
        assertThat(given.payments(scope, link.invoiceId())).hasSize(1);
        assertThat(onlyEvent().status()).isEqualTo(WebhookEventStatus.NEEDS_REVIEW);
        assertThat(onlyEvent().reviewReason()).contains("which was voided");
    }

    @Test
    void a_second_payment_on_a_paid_invoice_is_recorded_and_flagged() {
        given.deliver(scope, given.webhooks().about(app.gateway.payer().paysInFull(link.gatewayInvoiceId())));
        GatewayPayment again = app.gateway.payer().pays(link.gatewayInvoiceId(), sar("100.00"));

        given.deliver(scope, given.webhooks().about(again));

        assertThat(given.payments(scope, link.invoiceId())).hasSize(2);
        assertThat(given.events(scope).get(0).reviewReason()).contains("already paid in full");
        assertThat(invoice().paymentStatus()).isEqualTo(PaymentStatus.SUCCEEDED);
    }

    @Test
    void an_event_that_cannot_be_applied_is_stored_as_failed_and_applied_by_the_next_delivery() {
        byte[] body = given.webhooks().about(app.gateway.payer().paysInFull(link.gatewayInvoiceId()));
        app.db.invoices.failNextUpdate(new IllegalStateException("the database went away"));

        assertThat(given.deliver(scope, body)).isInstanceOf(WebhookReceipt.NotApplied.class);
        assertThat(onlyEvent().status()).isEqualTo(WebhookEventStatus.FAILED);
        assertThat(given.payments(scope, link.invoiceId())).as("the payment saved before the failure").isEmpty();

        assertThat(given.deliver(scope, body)).isEqualTo(new WebhookReceipt.Stored(false));
        assertThat(onlyEvent().status()).isEqualTo(WebhookEventStatus.PROCESSED);
        assertThat(invoice().paymentStatus()).isEqualTo(PaymentStatus.SUCCEEDED);
    }

    private Invoice invoice() {
        return given.invoice(scope, link.invoiceId());
    }

    private WebhookEvent onlyEvent() {
        assertThat(given.events(scope)).hasSize(1);
        return given.events(scope).get(0);
    }

    private static Money sar(String amount) {
        return Money.parse(amount, CurrencyUnit.of("SAR"));
    }
}
