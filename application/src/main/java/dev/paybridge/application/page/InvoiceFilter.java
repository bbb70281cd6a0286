package dev.paybridge.application.page;

import dev.paybridge.domain.invoice.InvoiceStatus;
import dev.paybridge.domain.invoice.PaymentStatus;
import java.util.Optional;

/** Which invoices a list asks for; an empty field does not filter. */
public record InvoiceFilter(Optional<InvoiceStatus> invoiceStatus, Optional<PaymentStatus> paymentStatus,
        Optional<String> customerExternalId) {
}
