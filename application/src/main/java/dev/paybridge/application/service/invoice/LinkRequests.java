package dev.paybridge.application.service.invoice;

import dev.paybridge.application.spi.PaymentLinkRequest;
import dev.paybridge.domain.connection.Connection;
import dev.paybridge.domain.invoice.Invoice;
import dev.paybridge.domain.invoice.LineItem;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.stream.Collectors;

/** Builds what a gateway is asked for an invoice's link: amount, description, expiry, redirects, our reference. */
final class LinkRequests {
    private static final int MAX_DESCRIPTION = 255;

    private LinkRequests() {
    }

    static PaymentLinkRequest of(Invoice invoice, Connection connection, LinkValidity validity, Instant now) {
        String lines = invoice.lineItems().stream().map(LineItem::description).collect(Collectors.joining(", "));
        String description = "Invoice " + invoice.number() + ": " + lines;
        if (description.length() > MAX_DESCRIPTION) {
            description = description.substring(0, MAX_DESCRIPTION - 1) + "…";
        }
        return new PaymentLinkRequest(invoice.id(), invoice.number(), invoice.scope(), invoice.amountRemaining(),
                description, expiry(invoice, validity, now), connection.metadata().get("success_url"),
                connection.metadata().get("back_url"));
    }

    /** The end of the due date (UTC) when it is still ahead, else {@code now} plus the default validity. */
    static Instant expiry(Invoice invoice, LinkValidity validity, Instant now) {
        if (invoice.dueDate() != null) {
            Instant endOfDueDate = invoice.dueDate().atTime(LocalTime.MAX).toInstant(ZoneOffset.UTC)
                    .truncatedTo(ChronoUnit.SECONDS);
            if (endOfDueDate.isAfter(now)) {
                return endOfDueDate;
            }
        }
        return now.plus(validity.value()).truncatedTo(ChronoUnit.SECONDS);
    }
}
