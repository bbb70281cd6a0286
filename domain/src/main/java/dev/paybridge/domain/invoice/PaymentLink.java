package dev.paybridge.domain.invoice;

import dev.paybridge.domain.connection.ConnectionId;
import java.time.Instant;
import java.util.Objects;

/**
 * A hosted payment page at a gateway for one invoice. {@code current} marks the one link an invoice shows and may
 * be paid through; a replaced or voided invoice's link is no longer current and is canceled at the gateway.
 * {@code status} is paybridge's reading of it; {@code gatewayStatus} is the gateway's own word, kept for display.
 */
public record PaymentLink(
        InvoiceId invoiceId,
        String gatewayInvoiceId,
        ConnectionId connectionId,
        String providerType,
        String url,
        LinkStatus status,
        String gatewayStatus,
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

    /** Whether a payer can pay through it at {@code now}: current, open and not expired. */
    public boolean isPayableAt(Instant now) {
        return current && status == LinkStatus.OPEN && !isExpiredAt(now);
    }

    /**
     * The status a person is shown: the gateway's own word while the link is open, {@code expired} once its expiry
     * has passed, otherwise paybridge's word.
     */
    public String shownStatus(Instant now) {
        if (status == LinkStatus.OPEN) {
            return isExpiredAt(now) ? LinkStatus.EXPIRED.wireName()
                    : gatewayStatus == null ? status.wireName() : gatewayStatus;
        }
        return status.wireName();
    }

    /** This link no longer current, now in {@code newStatus}. */
    public PaymentLink retired(LinkStatus newStatus) {
        return new PaymentLink(invoiceId, gatewayInvoiceId, connectionId, providerType, url, newStatus, gatewayStatus,
                false, expiresAt, createdAt);
    }
}
