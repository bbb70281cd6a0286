package dev.paybridge.domain.invoice;

import dev.paybridge.domain.connection.ConnectionId;
import java.time.Instant;
import java.util.Objects;

/**
 * A hosted payment page at a gateway for one invoice. {@code current} marks the one link an invoice shows and may
 * be paid through; a replaced or voided invoice's link is no longer current and is canceled at the gateway.
 */
public record PaymentLink(
        InvoiceId invoiceId,
        String gatewayInvoiceId,
        ConnectionId connectionId,
        String providerType,
        String url,
        String status,
        boolean current,
        Instant expiresAt,
        Instant createdAt) {
    public PaymentLink {
        Objects.requireNonNull(invoiceId, "invoiceId");
        Objects.requireNonNull(gatewayInvoiceId, "gatewayInvoiceId");
        Objects.requireNonNull(connectionId, "connectionId");
        Objects.requireNonNull(providerType, "providerType");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** Whether the link has passed its expiry at {@code now}. */
    public boolean isExpiredAt(Instant now) {
        return expiresAt != null && !expiresAt.isAfter(now);
    }
}
