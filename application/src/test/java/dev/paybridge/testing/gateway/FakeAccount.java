package dev.paybridge.testing.gateway;

import dev.paybridge.application.spi.GatewayPayment;
import dev.paybridge.application.spi.GatewayPaymentLink;
import dev.paybridge.application.spi.GatewayResult;
import dev.paybridge.application.spi.GatewayResult.RefusalReason;
import dev.paybridge.application.spi.PaymentLinkRequest;
import dev.paybridge.domain.invoice.LinkStatus;
import dev.paybridge.domain.invoice.PaymentState;
import dev.paybridge.domain.money.Money;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The links and payments of the fake gateway's account, and the rules by which they change. */
final class FakeAccount {
    private final Clock clock;
    private final Map<String, FakeLink> links = new LinkedHashMap<>();
    private final Map<String, GatewayPayment> payments = new LinkedHashMap<>();
    private int lastId;

    FakeAccount(Clock clock) {
        this.clock = clock;
    }

    synchronized GatewayResult<GatewayPaymentLink> create(PaymentLinkRequest request) {
        if (FakeGatewayProvider.currencyOf(request.amount().currency().code()).isEmpty()) {
            return GatewayResult.refused(RefusalReason.NOT_REPRESENTABLE, "currency not supported");
        }
        String id = "fk_link_" + ++lastId;
        FakeLink link = new FakeLink(id, "https://fake.test/pay/" + id, LinkStatus.OPEN, request.amount(),
                request.expiresAt(), clock.instant(), request.invoiceId());
        links.put(id, link);
        return GatewayResult.succeeded(report(link));
    }

    synchronized List<GatewayPaymentLink> links() {
        return links.values().stream().map(this::report).toList();
    }

    synchronized Optional<GatewayPaymentLink> link(String id) {
        return Optional.ofNullable(links.get(id)).map(this::report);
    }

    synchronized Optional<GatewayPayment> payment(String id) {
        return Optional.ofNullable(payments.get(id));
    }

    synchronized GatewayResult<GatewayPaymentLink> cancel(String id) {
        FakeLink link = links.get(id);
        if (link == null) {
            return FakeGateway.notFound();
        }
        LinkStatus status = link.statusAt(clock.instant());
        if (status == LinkStatus.PAID || status == LinkStatus.REVERSED) {
            return GatewayResult.refused(RefusalReason.INVALID_REQUEST, "the link was paid and cannot be canceled");
        }
        if (status == LinkStatus.OPEN) {
            links.put(id, link.withStatus(LinkStatus.CANCELED));
        }
        return GatewayResult.succeeded(report(links.get(id)));
    }

    synchronized GatewayResult<GatewayPayment> refund(String paymentId, Optional<Money> amount) {
        GatewayPayment payment = payments.get(paymentId);
        if (payment == null) {
            return FakeGateway.notFound();
        }
        if (!payment.state().received()) {
            return GatewayResult.refused(RefusalReason.INVALID_REQUEST, "nothing was received on this payment");
        }
        Money refunded = payment.refunded().plus(amount.orElse(payment.amount().minus(payment.refunded())));
        PaymentState state = PaymentState.afterRefund(payment.amount(), refunded);
        GatewayPayment changed = change(payment, state, refunded);
        if (state == PaymentState.REFUNDED) {
            links.computeIfPresent(payment.gatewayInvoiceId(), (id, link) -> link.withStatus(LinkStatus.REVERSED));
        }
        return GatewayResult.succeeded(changed);
    }

    /** A payment attempt on a link; money received in full pays the link. */
    synchronized GatewayPayment pay(String linkId, Money amount, PaymentState state, String failure) {
        FakeLink link = links.get(linkId);
        if (link == null) {
            throw new IllegalArgumentException("no link " + linkId + " at the fake gateway");
        }
        String id = "fk_pay_" + ++lastId;
        GatewayPayment payment = withPayload(new GatewayPayment(id, state, FakePayments.word(state), amount,
                Money.zero(amount.currency()), linkId, link.reference(),
                new GatewayPayment.PaymentMethod("creditcard", "visa", "1111"), failure, clock.instant(), "{}"));
        payments.put(id, payment);
        Money received = payments.values().stream().filter(p -> p.gatewayInvoiceId().equals(linkId)
                && p.state().received() && p.amount().currency().equals(link.amount().currency()))
                .map(GatewayPayment::amount).reduce(Money.zero(link.amount().currency()), Money::plus);
        if (received.compareTo(link.amount()) >= 0) {
            links.put(linkId, link.withStatus(LinkStatus.PAID));
        }
        return payment;
    }

    synchronized GatewayPayment change(GatewayPayment payment, PaymentState state, Money refunded) {
        GatewayPayment changed = withPayload(new GatewayPayment(payment.gatewayPaymentId(), state,
                FakePayments.word(state), payment.amount(), refunded, payment.gatewayInvoiceId(),
                payment.invoiceReference(), payment.method(), payment.failureMessage(), payment.createdAt(), "{}"));
        payments.put(payment.gatewayPaymentId(), changed);
        return changed;
    }

    synchronized void setStatus(String linkId, LinkStatus status) {
        links.computeIfPresent(linkId, (id, link) -> link.withStatus(status));
    }

    private GatewayPaymentLink report(FakeLink link) {
        return link.report(clock.instant(), payments.values().stream()
                .filter(payment -> payment.gatewayInvoiceId().equals(link.id())).toList());
    }

    private static GatewayPayment withPayload(GatewayPayment p) {
        return new GatewayPayment(p.gatewayPaymentId(), p.state(), p.gatewayStatus(), p.amount(), p.refunded(),
                p.gatewayInvoiceId(), p.invoiceReference(), p.method(), p.failureMessage(), p.createdAt(),
                FakeJson.write(FakeJson.payment(p)));
    }
}
