package dev.paybridge.testing.gateway;

import dev.paybridge.application.spi.GatewayPayment;
import dev.paybridge.application.spi.GatewayPaymentLink;
import dev.paybridge.domain.invoice.InvoiceId;
import dev.paybridge.domain.invoice.LinkStatus;
import dev.paybridge.domain.money.Money;
import java.time.Instant;
import java.util.List;

/** One hosted link as the fake gateway keeps it; it reports itself expired once its expiry has passed. */
record FakeLink(String id, String url, LinkStatus status, Money amount, Instant expiresAt, Instant createdAt,
        InvoiceId reference) {

    FakeLink withStatus(LinkStatus newStatus) {
        return new FakeLink(id, url, newStatus, amount, expiresAt, createdAt, reference);
    }

    LinkStatus statusAt(Instant now) {
        return status == LinkStatus.OPEN && expiresAt != null && !expiresAt.isAfter(now) ? LinkStatus.EXPIRED : status;
    }

    GatewayPaymentLink report(Instant now, List<GatewayPayment> payments) {
        LinkStatus shown = statusAt(now);
        return new GatewayPaymentLink(id, url, shown, word(shown), amount, expiresAt, createdAt, reference, payments);
    }

    /** The fake gateway's own vocabulary, deliberately unlike paybridge's. */
    static String word(LinkStatus status) {
        return switch (status) {
            case OPEN -> "awaiting_payment";
            case PAID -> "settled";
            case CANCELED -> "withdrawn";
            case EXPIRED -> "lapsed";
            default -> status.wireName();
        };
    }
}
