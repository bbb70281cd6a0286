package dev.paybridge.application.spi;

import dev.paybridge.domain.money.Money;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** A hosted payment link (a gateway invoice) as the gateway reports it, with the payments made against it. */
public record GatewayPaymentLink(
        String gatewayInvoiceId,
        String url,
        LinkStatus status,
        String gatewayStatus,
        Money amount,
        Instant expiresAt,
        Instant createdAt,
        Map<String, String> metadata,
        List<GatewayPayment> payments) {
    public GatewayPaymentLink {
        Objects.requireNonNull(gatewayInvoiceId, "gatewayInvoiceId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(amount, "amount");
        metadata = Map.copyOf(metadata);
        payments = List.copyOf(payments);
    }

    /** Where a link stands, for deciding what to do with it. */
    public enum LinkStatus {
        /** Payable now. */
        OPEN,
        /** Paid in full. */
        PAID,
        /** Canceled by us; nothing more can be paid. */
        CANCELED,
        /** Past its expiry; nothing more can be paid. */
        EXPIRED,
        /** Paid and then refunded or voided. */
        REVERSED,
        /** A state this plugin does not know how to read; treat as not payable, look again later. */
        OTHER
    }
}
