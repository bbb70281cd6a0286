package dev.paybridge.domain.invoice;

import dev.paybridge.domain.money.Money;
import java.time.Instant;
import java.util.Objects;

/** A payment made through a gateway against one of our invoices, merged from every event and look-up about it. */
public record Payment(
        PaymentId id,
        InvoiceId invoiceId,
        String providerType,
        String gatewayPaymentId,
        PaymentState state,
        Money amount,
        Money amountRefunded,
        PaymentMethod method,
        String failureMessage,
        Instant createdAt,
        Instant updatedAt) {

    public Payment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(invoiceId, "invoiceId");
        Objects.requireNonNull(providerType, "providerType");
        Objects.requireNonNull(gatewayPaymentId, "gatewayPaymentId");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(amountRefunded, "amountRefunded");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /**
     * This payment after hearing {@code newer} about it: the furthest state, the largest refund. Applying the same
     * news twice, or old news late, changes nothing.
     */
    public Payment mergedWith(Payment newer, Instant now) {
        PaymentState state = this.state.furthest(newer.state);
        Money refunded = amountRefunded.compareTo(newer.amountRefunded) >= 0 ? amountRefunded : newer.amountRefunded;
        return new Payment(id, invoiceId, providerType, gatewayPaymentId, state, amount, refunded,
                method != null ? method : newer.method,
                failureMessage != null ? failureMessage : newer.failureMessage, createdAt, now);
    }

    /** How the payer paid. */
    public record PaymentMethod(String type, String company, String last4) {
    }
}
