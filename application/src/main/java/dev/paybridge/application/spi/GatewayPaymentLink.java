package dev.paybridge.application.spi;

import dev.paybridge.domain.invoice.InvoiceId;
import dev.paybridge.domain.invoice.LinkStatus;
import dev.paybridge.domain.money.Money;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A hosted payment link (a gateway invoice, checkout session, …) as the gateway reports it, with the payments made
 * against it. {@code status} is in paybridge's words (the plugin maps its gateway's; {@code gatewayStatus} is the
 * gateway's own word, for display); {@code invoiceReference} is our invoice id as the gateway carries it back, or
 * null when it carries none.
 */
public record GatewayPaymentLink(
        String gatewayInvoiceId,
        String url,
        LinkStatus status,
        String gatewayStatus,
        Money amount,
        Instant expiresAt,
        Instant createdAt,
        InvoiceId invoiceReference,
        List<GatewayPayment> payments) {
    public GatewayPaymentLink {
        Objects.requireNonNull(gatewayInvoiceId, "gatewayInvoiceId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(amount, "amount");
        payments = List.copyOf(payments);
    }
}
