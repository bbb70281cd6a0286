package dev.paybridge.application.port.in.invoice;

import java.util.Objects;
import java.util.Optional;

/** A create's result: the invoice, and with an idempotency key the answer to give (the first one, on a retry). */
public record CreatedInvoice(InvoiceView view, Optional<RememberedAnswer> answer) {
    public CreatedInvoice {
        Objects.requireNonNull(view, "view");
        Objects.requireNonNull(answer, "answer");
    }
}
