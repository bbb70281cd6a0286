package dev.paybridge.moyasar.simulator;

import java.time.Instant;
import java.util.Map;

/** A snapshot of a simulated Moyasar payment; amounts are in the currency's smallest unit. */
public record Payment(
        String id,
        PaymentStatus status,
        long amount,
        long fee,
        String currency,
        long refunded,
        Instant refundedAt,
        long captured,
        Instant capturedAt,
        Instant voidedAt,
        String description,
        String invoiceId,
        String ip,
        String callbackUrl,
        Instant createdAt,
        Instant updatedAt,
        Map<String, String> metadata,
        CardSource source) {

    public Payment {
        metadata = Map.copyOf(metadata);
    }

    public String amountFormat() {
        return MoneyFormat.format(amount, currency);
    }

    public String feeFormat() {
        return MoneyFormat.format(fee, currency);
    }

    public String refundedFormat() {
        return MoneyFormat.format(refunded, currency);
    }

    public String capturedFormat() {
        return MoneyFormat.format(captured, currency);
    }
}
