package dev.paybridge.application.port.in.invoice;

import java.util.Optional;

/** The outcome of a create: the invoice, and the first answer when this was a retry of an earlier create. */
public record CreatedInvoice(InvoiceView view, Optional<RememberedAnswer> firstAnswer) {

    /** The status and body first sent for this idempotency key. */
    public record RememberedAnswer(int status, String body) {
    }
}
