package dev.paybridge.application.spi;

import dev.paybridge.domain.money.Money;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/** A hosted payment link to create for one of our invoices; {@code metadata} carries our ids to the gateway. */
public record PaymentLinkRequest(
        String invoiceId,
        Money amount,
        String description,
        Instant expiresAt,
        String successUrl,
        String backUrl,
        Map<String, String> metadata) {
    public PaymentLinkRequest {
        Objects.requireNonNull(invoiceId, "invoiceId");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(description, "description");
        metadata = Map.copyOf(metadata);
    }
}
