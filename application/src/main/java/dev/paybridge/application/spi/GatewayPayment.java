package dev.paybridge.application.spi;

import dev.paybridge.domain.invoice.InvoiceId;
import dev.paybridge.domain.invoice.PaymentState;
import dev.paybridge.domain.money.Money;
import java.time.Instant;
import java.util.Objects;

/**
 * One payment attempt as the gateway reports it, in paybridge's words: its {@code state} (the plugin maps its
 * gateway's vocabulary; {@code gatewayStatus} is that gateway's own word, for display), {@code amount} and
 * {@code refunded} in the payment's currency, the link it was made on, and our invoice reference when the gateway
 * carries one back. {@code payload} is the gateway's own record of the payment as a JSON object without secrets,
 * kept in the event audit when a look-up (not a webhook) found it.
 */
public record GatewayPayment(
        String gatewayPaymentId,
        PaymentState state,
        String gatewayStatus,
        Money amount,
        Money refunded,
        String gatewayInvoiceId,
        InvoiceId invoiceReference,
        PaymentMethod method,
        String failureMessage,
        Instant createdAt,
        String payload) {
    public GatewayPayment {
        Objects.requireNonNull(gatewayPaymentId, "gatewayPaymentId");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(refunded, "refunded");
        Objects.requireNonNull(payload, "payload");
    }

    /** How the payer paid: e.g. {@code creditcard}, {@code visa}, {@code 1111}. */
    public record PaymentMethod(String type, String company, String last4) {
    }
}
