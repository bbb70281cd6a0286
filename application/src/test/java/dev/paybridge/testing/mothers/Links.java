package dev.paybridge.testing.mothers;

import dev.paybridge.domain.connection.ConnectionId;
import dev.paybridge.domain.invoice.InvoiceId;
import dev.paybridge.domain.invoice.LinkStatus;
import dev.paybridge.domain.invoice.PaymentLink;
import java.time.Duration;
import java.time.Instant;

/** Payment links for tests: the current, open link of an invoice, or one in another state. */
public final class Links {
    private Links() {
    }

    public static PaymentLink current(InvoiceId invoiceId, String gatewayInvoiceId, ConnectionId connectionId,
            Instant createdAt) {
        return of(invoiceId, gatewayInvoiceId, connectionId, LinkStatus.OPEN, true, createdAt);
    }

    public static PaymentLink of(InvoiceId invoiceId, String gatewayInvoiceId, ConnectionId connectionId,
            LinkStatus status, boolean current, Instant createdAt) {
        return new PaymentLink(invoiceId, gatewayInvoiceId, connectionId, "fakepay",
                "https://fake.test/pay/" + gatewayInvoiceId, status, "awaiting_payment", current,
                createdAt.plus(Duration.ofDays(7)), createdAt);
    }
}
