package dev.paybridge.domain.invoice;

import java.util.Locale;
import java.util.Objects;

/**
 * The cancellation at the gateway of an invoice's retired link: pending (retried until confirmed), done, or failed
 * because the gateway refused (the link was paid meanwhile: its payment is looked up and applied).
 */
public record LinkCancellation(String gatewayInvoiceId, State state, int attempts, String lastError) {
    public LinkCancellation {
        Objects.requireNonNull(gatewayInvoiceId, "gatewayInvoiceId");
        Objects.requireNonNull(state, "state");
    }

    /** Where a cancellation stands. */
    public enum State {
        PENDING, DONE, FAILED;

        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
