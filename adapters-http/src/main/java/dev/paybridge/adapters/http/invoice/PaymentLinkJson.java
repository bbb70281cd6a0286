package dev.paybridge.adapters.http.invoice;

import dev.paybridge.domain.invoice.PaymentLink;
import java.time.Instant;

/** The answer of {@code POST /v1/invoices/{id}/payment-link}. */
record PaymentLinkJson(String invoiceId, String providerType, String connectionId, String gatewayInvoiceId, String url,
        String status, String expiresAt, String createdAt) {

    static PaymentLinkJson of(PaymentLink link, Instant now) {
        return new PaymentLinkJson(link.invoiceId().value(), link.providerType(), link.connectionId().value(),
                link.gatewayInvoiceId(), link.url(), link.shownStatus(now), InvoiceJson.text(link.expiresAt()),
                link.createdAt().toString());
    }
}
