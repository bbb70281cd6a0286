package dev.paybridge.application.service.webhook;

import dev.paybridge.application.port.out.persistence.PaymentTargets;
import dev.paybridge.application.port.out.persistence.PaymentTargets.PaymentTarget;
import dev.paybridge.application.spi.GatewayPayment;
import dev.paybridge.domain.invoice.Invoice;
import dev.paybridge.domain.invoice.InvoiceStatus;
import dev.paybridge.domain.invoice.LinkStatus;
import dev.paybridge.domain.invoice.Payment;
import dev.paybridge.domain.invoice.PaymentId;
import dev.paybridge.domain.invoice.PaymentLink;
import dev.paybridge.domain.invoice.PaymentState;
import dev.paybridge.domain.invoice.PaymentStatus;
import dev.paybridge.domain.money.Money;
import dev.paybridge.domain.tenant.Scope;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Applies what a gateway says about a payment, inside the caller's transaction: the one code path of webhooks,
 * replays and look-ups. The payment is merged (never moved back), and the invoice's figures are derived from all its
 * payments again, so the same news applied twice or out of order cannot double-count. Money that does not fit the
 * invoice (another currency, too little, too much, or an invoice that was voided) is recorded and flagged.
 */
public final class PaymentEventApplier {
    private final PaymentTargets targets;
    private final Clock clock;

    @Inject
    public PaymentEventApplier(PaymentTargets targets, Clock clock) {
        this.targets = targets;
        this.clock = clock;
    }

    /** The gateway invoice whose target applying this news locks; none for news that changes nothing. */
    static Optional<String> targetOf(GatewayPayment reported) {
        return reported.state().isSettled() ? Optional.ofNullable(reported.gatewayInvoiceId()) : Optional.empty();
    }

    /** Locks the target of a gateway invoice ({@link #targetOf}), for news applied without being stored now. */
    Optional<PaymentTarget> lock(Scope scope, String providerType, String gatewayInvoiceId) {
        return targets.lock(scope, providerType, gatewayInvoiceId);
    }

    /** Applies the news to the target the caller locked for it ({@link #targetOf}), or found none for. */
    EventOutcome apply(Scope scope, String providerType, GatewayPayment reported, Optional<PaymentTarget> target) {
        if (!reported.state().isSettled()) {
            return EventOutcome.ignored(null);
        }
        if (reported.gatewayInvoiceId() == null) {
            return EventOutcome.ignored("the payment belongs to no gateway invoice");
        }
        if (target.isEmpty()) {
            return EventOutcome.ignored("no invoice of this environment is linked to gateway invoice "
                    + reported.gatewayInvoiceId());
        }
        PaymentLink link = target.get().link();
        if (reported.invoiceReference() != null && !reported.invoiceReference().equals(link.invoiceId())) {
            return EventOutcome.needsReview("the payment names invoice " + reported.invoiceReference()
                    + " but gateway invoice " + reported.gatewayInvoiceId() + " is linked to " + link.invoiceId());
        }
        Instant now = clock.instant();
        Invoice before = target.get().invoice();
        // a gateway payment is only ever recorded against the invoice its gateway invoice is linked to (and the
        // unique key on its gateway id refuses a second row), so the invoice's payments hold it if it is known
        List<Payment> all = new ArrayList<>(target.get().payments());
        Optional<Payment> known = all.stream().filter(p -> p.providerType().equals(providerType)
                && p.gatewayPaymentId().equals(reported.gatewayPaymentId())).findFirst();
        Payment incoming = payment(before, providerType, reported, now);
        Payment merged = known.map(existing -> existing.mergedWith(incoming, now)).orElse(incoming);
        known.ifPresentOrElse(existing -> all.set(all.indexOf(existing), merged), () -> all.add(merged));
        Invoice updated = before.withPayments(all, now);
        boolean linkPaid = updated.paymentStatus() == PaymentStatus.SUCCEEDED && link.current()
                && link.status() == LinkStatus.OPEN;
        targets.record(scope, merged, updated, link, linkPaid ? Optional.of(LinkStatus.PAID) : Optional.empty());
        boolean newMoney = merged.state().received() && known.map(k -> !k.state().received()).orElse(true);
        return newMoney ? review(before, merged) : EventOutcome.processed();
    }

    /** New money that does not match what remained is recorded but flagged for a person. */
    private static EventOutcome review(Invoice before, Payment payment) {
        if (before.status() == InvoiceStatus.VOIDED) {
            return EventOutcome.needsReview("paid " + payment.amount() + " on invoice " + before.number()
                    + ", which was voided; refund the payer or reopen the sale");
        }
        if (!payment.amount().currency().equals(before.currency())) {
            return EventOutcome.needsReview("paid " + payment.amount() + " but the invoice is in "
                    + before.currency().code());
        }
        Money remaining = before.amountRemaining();
        if (!remaining.isPositive()) {
            return EventOutcome.needsReview("paid " + payment.amount() + " on invoice " + before.number()
                    + ", which was already paid in full; refund the payer");
        }
        int comparison = payment.amount().compareTo(remaining);
        if (comparison < 0) {
            return EventOutcome.needsReview("underpayment: paid " + payment.amount() + " of " + remaining + " due");
        }
        if (comparison > 0) {
            return EventOutcome.needsReview("overpayment: paid " + payment.amount() + " but only " + remaining
                    + " was due");
        }
        return EventOutcome.processed();
    }

    private static Payment payment(Invoice invoice, String providerType, GatewayPayment reported, Instant now) {
        PaymentState state = reported.state() == PaymentState.REFUNDED
                || reported.state() == PaymentState.PARTIALLY_REFUNDED
                ? PaymentState.afterRefund(reported.amount(), reported.refunded()) : reported.state();
        Payment.PaymentMethod method = reported.method() == null ? null : new Payment.PaymentMethod(
                reported.method().type(), reported.method().company(), reported.method().last4());
        return new Payment(PaymentId.generate(), invoice.id(), providerType, reported.gatewayPaymentId(), state,
                reported.amount(), reported.refunded(), method, reported.failureMessage(), now, now);
    }
}
