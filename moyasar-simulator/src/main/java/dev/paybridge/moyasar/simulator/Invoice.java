package dev.paybridge.moyasar.simulator;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A snapshot of a simulated Moyasar invoice (a hosted payment link) with its payment attempts. */
public record Invoice(
        String id,
        InvoiceStatus status,
        long amount,
        String currency,
        String description,
        String logoUrl,
        String url,
        String callbackUrl,
        String successUrl,
        String backUrl,
        Instant expiredAt,
        Instant createdAt,
        Instant updatedAt,
        Instant paidAt,
        List<Payment> payments,
        Map<String, String> metadata) {

    public Invoice {
        payments = List.copyOf(payments);
        metadata = Map.copyOf(metadata);
    }

    public String amountFormat() {
        return MoneyFormat.format(amount, currency);
    }

    /** The latest attempt that did not fail (what list items report as {@code payment_id}), or null. */
    public String paymentId() {
        for (int i = payments.size() - 1; i >= 0; i--) {
            if (payments.get(i).status().succeeded()) {
                return payments.get(i).id();
            }
        }
        return null;
    }
}
