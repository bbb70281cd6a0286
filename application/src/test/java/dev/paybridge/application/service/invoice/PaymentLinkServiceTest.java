package dev.paybridge.application.service.invoice;

import static dev.paybridge.testing.gateway.GatewayOperation.CREATE_LINK;
import static dev.paybridge.testing.gateway.GatewayOperation.FETCH_LINK;
import static dev.paybridge.testing.gateway.GatewayOperation.FIND_LINKS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.paybridge.application.outcome.RefusalKind;
import dev.paybridge.application.spi.GatewayResult.RefusalReason;
import dev.paybridge.domain.invoice.Invoice;
import dev.paybridge.domain.invoice.InvoiceId;
import dev.paybridge.domain.invoice.LinkStatus;
import dev.paybridge.domain.invoice.PaymentLink;
import dev.paybridge.domain.invoice.PaymentStatus;
import dev.paybridge.domain.tenant.Scope;
import dev.paybridge.testing.app.Scenario;
import dev.paybridge.testing.app.TestApplication;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Asking for an invoice's payment link: the live one, a new one, or why there is none. */
class PaymentLinkServiceTest {
    private final TestApplication app = new TestApplication();
    private final Scenario given = new Scenario(app);
    private final Scope scope = given.tenantWithConnection();

    @Test
    void the_live_link_is_answered_without_asking_the_gateway() {
        PaymentLink link = given.linked(scope, "100.00");
        int calls = app.gateway.calls().size();

        assertThat(request(link.invoiceId())).isEqualTo(link);
        assertThat(app.gateway.calls()).hasSize(calls);
    }

    @Test
    void a_link_is_made_while_the_caller_waits_when_none_exists() {
        Invoice invoice = given.finalized(scope, "100.00");

        PaymentLink link = request(invoice);

        assertThat(link.gatewayInvoiceId()).isEqualTo(app.gateway.links().get(0).gatewayInvoiceId());
        assertThat(app.gateway.operations()).containsExactly(CREATE_LINK);
    }

    @Test
    void a_draft_a_voided_or_a_paid_invoice_gets_no_link() {
        Invoice draft = given.draft(scope, "100.00");
        Invoice voided = given.finalized(scope, "100.00");
        Scenario.done(app.voidInvoice.voidInvoice(scope, voided.id()));
        PaymentLink paid = given.linked(scope, "100.00");
        given.deliver(scope, given.webhooks().about(app.gateway.payer().paysInFull(paid.gatewayInvoiceId())));

        assertThat(refusal(draft.id())).isEqualTo(RefusalKind.INVALID_STATE);
        assertThat(refusal(voided.id())).isEqualTo(RefusalKind.INVALID_STATE);
        assertThat(refusal(paid.invoiceId())).isEqualTo(RefusalKind.INVALID_STATE);
    }

    @Test
    void an_environment_without_a_connection_gets_no_link() {
        Scope bare = given.tenant();
        Invoice invoice = given.finalized(bare, "100.00");

        assertThat(refusal(bare, invoice.id(), Optional.empty())).isEqualTo(RefusalKind.NO_CONNECTION);
        assertThat(refusal(scope, given.finalized(scope, "1.00").id(), Optional.of("stripe")))
                .isEqualTo(RefusalKind.NO_CONNECTION);
    }

    @Test
    void a_gateway_refusal_is_answered_as_gateway_rejected() {
        app.gateway.onNext(CREATE_LINK).refused(RefusalReason.INVALID_REQUEST, "amount below the minimum");

        assertThat(refusal(given.finalized(scope, "0.50").id())).isEqualTo(RefusalKind.GATEWAY_REJECTED);
    }

    @Test
    void an_unknown_outcome_is_answered_as_unavailable_and_the_next_request_adopts_the_link_made() {
        app.gateway.onNext(CREATE_LINK).unknownAfterEffect();
        Invoice invoice = given.finalized(scope, "100.00");

        assertThat(refusal(invoice.id())).isEqualTo(RefusalKind.GATEWAY_UNAVAILABLE);
        PaymentLink link = request(invoice);

        assertThat(app.gateway.operations()).containsExactly(CREATE_LINK, FIND_LINKS);
        assertThat(link.gatewayInvoiceId()).isEqualTo(app.gateway.links().get(0).gatewayInvoiceId());
    }

    @Test
    void an_expired_link_is_looked_up_then_replaced() {
        PaymentLink expired = given.linked(scope, "100.00");
        app.clock.advance(Duration.ofDays(8));

        PaymentLink fresh = request(expired.invoiceId());

        assertThat(fresh.gatewayInvoiceId()).isNotEqualTo(expired.gatewayInvoiceId());
        assertThat(app.gateway.operations()).containsExactly(CREATE_LINK, FETCH_LINK, CREATE_LINK);
        assertThat(given.link(scope, expired.gatewayInvoiceId()))
                .extracting(PaymentLink::status, PaymentLink::current).containsExactly(LinkStatus.EXPIRED, false);
    }

    @Test
    void a_payment_found_on_an_expired_link_is_applied_and_no_new_link_is_made() {
        PaymentLink expired = given.linked(scope, "100.00");
        app.gateway.payer().paysInFull(expired.gatewayInvoiceId());
        app.clock.advance(Duration.ofDays(8));

        assertThat(refusal(expired.invoiceId())).isEqualTo(RefusalKind.INVALID_STATE);

        assertThat(given.invoice(scope, expired.invoiceId()).paymentStatus()).isEqualTo(PaymentStatus.SUCCEEDED);
        assertThat(app.gateway.operations()).containsExactly(CREATE_LINK, FETCH_LINK);
    }

    private PaymentLink request(Invoice invoice) {
        return request(invoice.id());
    }

    private PaymentLink request(InvoiceId id) {
        return Scenario.done(app.requestPaymentLink.requestPaymentLink(scope, id, Optional.empty()));
    }

    private RefusalKind refusal(InvoiceId id) {
        return refusal(scope, id, Optional.empty());
    }

    private RefusalKind refusal(Scope in, InvoiceId id, Optional<String> provider) {
        return Scenario.refusedAs(app.requestPaymentLink.requestPaymentLink(in, id, provider));
    }
}
