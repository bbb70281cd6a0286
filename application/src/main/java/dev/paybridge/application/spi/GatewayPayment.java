package dev.paybridge.application.spi;

import dev.paybridge.domain.money.Money;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/** One payment attempt as the gateway reports it; {@code amount} and {@code refunded} are in the payment's currency. */
public record GatewayPayment(
        String gatewayPaymentId,
        PaymentState state,
        String gatewayStatus,
        Money amount,
        Money refunded,
        String gatewayInvoiceId,
        Map<String, String> metadata,
        PaymentMethod method,
        String failureMessage,
        Instant createdAt) {
    public GatewayPayment {
        Objects.requireNonNull(gatewayPaymentId, "gatewayPaymentId");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(refunded, "refunded");
        metadata = Map.copyOf(metadata);
    }

    /** What the payment means for money. */
    public enum PaymentState {
        /** Started, nothing received yet. */
        PENDING,
        /** Authorized but not captured: no money yet. */
        AUTHORIZED,
        /** Money received (paid or captured). */
        PAID,
        /** Declined or failed: no money. */
        FAILED,
        /** Money returned, in full or in part ({@code refunded}). */
        REFUNDED,
        /** Canceled before settlement: no money. */
        VOIDED
    }

    /** How the payer paid: e.g. {@code creditcard}, {@code visa}, {@code 1111}. */
    public record PaymentMethod(String type, String company, String last4) {
    }
}
