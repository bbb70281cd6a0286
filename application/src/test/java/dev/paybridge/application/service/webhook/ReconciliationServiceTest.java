package dev.paybridge.application.service.webhook;

import static dev.paybridge.testing.gateway.GatewayOperation.FETCH_LINK;
import static org.assertj.core.api.Assertions.assertThat;

import dev.paybridge.application.spi.GatewayPayment;
import dev.paybridge.domain.invoice.Invoice;
import dev.paybridge.domain.invoice.PaymentLink;
import dev.paybridge.domain.invoice.PaymentStatus;
import dev.paybridge.domain.tenant.Scope;
import dev.paybridge.domain.webhook.WebhookEventStatus;
import dev.paybridge.testing.app.Scenario;
import dev.paybridge.testing.app.TestApplication;
import org.junit.jupiter.api.Test;

/** The reconciliation sweep: a payment whose webhook never came is still applied, exactly once. */
class ReconciliationServiceTest {
    private final TestApplication app = new TestApplication();
    private final Scenario given = new Scenario(app);
    private final Scope scope = given.tenantWithConnection();
    private final PaymentLink link = given.linked(scope, "100.00");

    @Test
    void a_payment_whose_webhook_was_lost_is_found_by_the_sweep_and_applied_once() {
        GatewayPayment paid = app.gateway.payer().paysInFull(link.gatewayInvoiceId());
        app.clock.advance(TestApplication.RECONCILE_INTERVAL);

        assertThat(app.reconcile.reconcileDueLinks()).isEqualTo(1);
        app.clock.advance(TestApplication.RECONCILE_INTERVAL);
        app.reconcile.reconcileDueLinks();
        given.deliver(scope, given.webhooks().about(paid));

        Invoice invoice = given.invoice(scope, link.invoiceId());
        assertThat(invoice.paymentStatus()).isEqualTo(PaymentStatus.SUCCEEDED);
        assertThat(invoice.amountPaid()).isEqualTo(invoice.total());
        assertThat(given.payments(scope, link.invoiceId())).hasSize(1);
    }

    @Test
    void a_link_is_not_looked_at_before_its_interval() {
        app.gateway.payer().paysInFull(link.gatewayInvoiceId());

        assertThat(app.reconcile.reconcileDueLinks()).isZero();

        assertThat(app.gateway.operations()).doesNotContain(FETCH_LINK);
        assertThat(given.invoice(scope, link.invoiceId()).paymentStatus()).isEqualTo(PaymentStatus.PENDING);
    }

    @Test
    void a_payment_on_a_retired_link_is_found_too() {
        Scenario.done(app.voidInvoice.voidInvoice(scope, link.invoiceId()));
        app.gateway.payer().paysInFull(link.gatewayInvoiceId());
        app.clock.advance(TestApplication.RECONCILE_INTERVAL);

        app.reconcile.reconcileDueLinks();

        assertThat(given.payments(scope, link.invoiceId())).hasSize(1);
        assertThat(given.events(scope)).singleElement().extracting(event -> event.status())
                .isEqualTo(WebhookEventStatus.NEEDS_REVIEW);
    }

    @Test
    void a_gateway_that_cannot_answer_leaves_the_link_to_the_next_sweep() {
        app.gateway.payer().paysInFull(link.gatewayInvoiceId());
        app.gateway.onNext(FETCH_LINK).unknown();
        app.clock.advance(TestApplication.RECONCILE_INTERVAL);

        app.reconcile.reconcileDueLinks();
        assertThat(given.payments(scope, link.invoiceId())).isEmpty();
        app.clock.advance(TestApplication.RECONCILE_INTERVAL);
        app.reconcile.reconcileDueLinks();

        assertThat(given.payments(scope, link.invoiceId())).hasSize(1);
    }
}
