package dev.paybridge.application.port.in.invoice;

import dev.paybridge.domain.invoice.Invoice;
import dev.paybridge.domain.invoice.InvoiceSync;
import dev.paybridge.domain.invoice.LinkCancellation;
import dev.paybridge.domain.invoice.PaymentLink;
import java.util.Optional;

/**
 * An invoice with its current payment link, the state of its gateway sync, and the latest cancellation of a link it
 * no longer uses (a refused one means the link was paid meanwhile).
 */
public record InvoiceView(Invoice invoice, Optional<PaymentLink> paymentLink, InvoiceSync sync,
        Optional<LinkCancellation> linkCancellation) {
}
