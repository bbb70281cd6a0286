package dev.paybridge.application.spi;

import dev.paybridge.domain.invoice.InvoiceId;
import dev.paybridge.domain.money.Money;
import dev.paybridge.domain.tenant.Scope;
import java.time.Instant;
import java.util.Objects;

/**
 * A hosted payment link to create for one of our invoices. The plugin makes {@code invoiceId} travel with the link
 * (Moyasar: in its metadata) so that {@link PaymentGateway#findPaymentLinks} finds it again and what the gateway
 * reports back carries it; {@code invoiceNumber} and {@code scope} may be shown or kept for people to search by.
 */
public record PaymentLinkRequest(
        InvoiceId invoiceId,
        String invoiceNumber,
        Scope scope,
        Money amount,
        String description,
        Instant expiresAt,
        String successUrl,
        String backUrl) {
    public PaymentLinkRequest {
        Objects.requireNonNull(invoiceId, "invoiceId");
        Objects.requireNonNull(invoiceNumber, "invoiceNumber");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(description, "description");
    }
}
