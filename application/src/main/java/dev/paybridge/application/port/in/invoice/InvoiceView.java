package dev.paybridge.application.port.in.invoice;

import dev.paybridge.domain.invoice.Invoice;
import dev.paybridge.domain.invoice.InvoiceSync;
import dev.paybridge.domain.invoice.PaymentLink;
import java.util.Optional;

/** An invoice with its current payment link and the state of its gateway sync. */
public record InvoiceView(Invoice invoice, Optional<PaymentLink> paymentLink, InvoiceSync sync) {
}
