package dev.paybridge.testing.gateway;

import dev.paybridge.application.spi.GatewayPayment;
import dev.paybridge.domain.invoice.LinkStatus;
import dev.paybridge.domain.invoice.PaymentState;
import dev.paybridge.domain.money.Money;
import java.util.Optional;

/** What happens at the fake gateway without paybridge asking: payers pay, fail and are refunded; links expire. */
public final class FakePayer {
    private final FakeAccount account;

    FakePayer(FakeAccount account) {
        this.account = account;
    }

    /** The payer pays exactly what the link asks. */
    public GatewayPayment paysInFull(String linkId) {
        Money amount = account.link(linkId).orElseThrow(() -> new IllegalArgumentException("no link " + linkId))
                .amount();
        return pays(linkId, amount);
    }

    /** The payer pays {@code amount}, which may be less, more, or in another currency. */
    public GatewayPayment pays(String linkId, Money amount) {
        return account.pay(linkId, amount, PaymentState.SUCCEEDED, null);
    }

    /** The payer's card is declined. */
    public GatewayPayment isDeclined(String linkId) {
        Money amount = account.link(linkId).orElseThrow().amount();
        return account.pay(linkId, amount, PaymentState.FAILED, "card declined");
    }

    /** The gateway's staff refund part or all of a payment. */
    public GatewayPayment refunds(GatewayPayment payment, Optional<Money> amount) {
        return account.refund(payment.gatewayPaymentId(), amount).fold(refunded -> refunded, refused -> {
            throw new IllegalStateException(refused.describe());
        }, unknown -> {
            throw new IllegalStateException(unknown.cause());
        });
    }

    /** The gateway voids a payment before it settles. */
    public GatewayPayment voids(GatewayPayment payment) {
        return account.change(account.payment(payment.gatewayPaymentId()).orElseThrow(), PaymentState.VOIDED,
                payment.refunded());
    }

    /** The link lapses at the gateway: nothing more can be paid on it. */
    public void expires(String linkId) {
        account.setStatus(linkId, LinkStatus.EXPIRED);
    }
}
