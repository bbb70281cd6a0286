package dev.paybridge.application.service.invoice;

import static dev.paybridge.testing.gateway.GatewayOperation.CANCEL_LINK;
import static dev.paybridge.testing.gateway.GatewayOperation.CREATE_LINK;
import static dev.paybridge.testing.gateway.GatewayOperation.FETCH_LINK;
import static org.assertj.core.api.Assertions.assertThat;

import dev.paybridge.application.outcome.RefusalKind;
import dev.paybridge.application.port.out.jobs.JobKey;
import dev.paybridge.application.port.out.jobs.JobKind;
import dev.paybridge.application.port.out.jobs.JobState;
import dev.paybridge.application.port.out.jobs.JobStatus;
import dev.paybridge.domain.invoice.Invoice;
import dev.paybridge.domain.invoice.InvoiceStatus;
import dev.paybridge.domain.invoice.LinkStatus;
import dev.paybridge.domain.invoice.PaymentLink;
import dev.paybridge.domain.tenant.Scope;
import dev.paybridge.domain.webhook.WebhookEventStatus;
import dev.paybridge.testing.app.Scenario;
import dev.paybridge.testing.app.TestApplication;
import org.junit.jupiter.api.Test;

/** Voiding an invoice: its live link is retired and canceled at the gateway, and money found on it is applied. */
class VoidInvoiceServiceTest {
    private final TestApplication app = new TestApplication();
    private final Scenario given = new Scenario(app);
    private final Scope scope = given.tenantWithConnection();

    @Test
    void a_live_link_is_retired_and_canceled_at_the_gateway() {
        PaymentLink link = given.linked(scope, "100.00");

        Scenario.done(app.voidInvoice.voidInvoice(scope, link.invoiceId()));
        assertThat(given.currentLink(scope, link.invoiceId())).isEmpty();
        assertThat(given.link(scope, link.gatewayInvoiceId()).status()).isEqualTo(LinkStatus.RETIRED);
        assertThat(cancellation(link).state()).isEqualTo(JobState.PENDING);
        given.runDueJobs();

        assertThat(app.gateway.calls()).last().extracting(call -> call.operation(), call -> call.subject())
                .containsExactly(CANCEL_LINK, link.gatewayInvoiceId());
        assertThat(app.gateway.links().get(0).status()).isEqualTo(LinkStatus.CANCELED);
        assertThat(given.link(scope, link.gatewayInvoiceId()).status()).isEqualTo(LinkStatus.CANCELED);
        assertThat(cancellation(link).state()).isEqualTo(JobState.DONE);
    }

    @Test
    void a_cancellation_refused_because_the_link_was_paid_looks_it_up_and_applies_the_payment() {
        PaymentLink link = given.linked(scope, "100.00");
        app.gateway.payer().paysInFull(link.gatewayInvoiceId());

        Scenario.done(app.voidInvoice.voidInvoice(scope, link.invoiceId()));
        given.runDueJobs();

        assertThat(app.gateway.operations()).containsExactly(CREATE_LINK, CANCEL_LINK, FETCH_LINK);
        assertThat(given.payments(scope, link.invoiceId())).hasSize(1);
        assertThat(given.events(scope)).singleElement().extracting(event -> event.status())
                .isEqualTo(WebhookEventStatus.NEEDS_REVIEW);
        assertThat(cancellation(link).state()).isEqualTo(JobState.FAILED);
        assertThat(given.invoice(scope, link.invoiceId()).status()).isEqualTo(InvoiceStatus.VOIDED);
    }

    @Test
    void a_sync_not_yet_run_is_dropped_and_nothing_is_made_at_the_gateway() {
        Invoice invoice = given.finalized(scope, "100.00");

        Scenario.done(app.voidInvoice.voidInvoice(scope, invoice.id()));
        given.runDueJobs();

        assertThat(app.gateway.calls()).isEmpty();
        assertThat(app.db.jobs.find(new JobKey(scope, JobKind.INVOICE_SYNC, invoice.id().value()))).isEmpty();
    }

    @Test
    void a_paid_invoice_cannot_be_voided() {
        PaymentLink link = given.linked(scope, "100.00");
        given.deliver(scope, given.webhooks().about(app.gateway.payer().paysInFull(link.gatewayInvoiceId())));

        assertThat(Scenario.refusedAs(app.voidInvoice.voidInvoice(scope, link.invoiceId())))
                .isEqualTo(RefusalKind.INVALID_STATE);
        assertThat(given.currentLink(scope, link.invoiceId())).isPresent();
    }

    private JobStatus cancellation(PaymentLink link) {
        return app.db.jobs.find(new JobKey(scope, JobKind.LINK_CANCELLATION,
                link.invoiceId().value() + "/" + link.gatewayInvoiceId())).orElseThrow();
    }
}
