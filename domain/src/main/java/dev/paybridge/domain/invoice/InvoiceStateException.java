package dev.paybridge.domain.invoice;

/** An illegal move of the invoice state machine (finalize twice, void a paid invoice, …). */
public final class InvoiceStateException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InvoiceStateException(String message) {
        super(message, null, false, false);
    }
}
