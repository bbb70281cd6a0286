package dev.paybridge.application.port.in.invoice;

import dev.paybridge.application.outcome.Outcome;
import dev.paybridge.domain.invoice.InvoiceId;
import dev.paybridge.domain.invoice.PaymentLink;
import dev.paybridge.domain.tenant.Scope;
import java.util.Optional;

/** Returns an invoice's live payment link, creating it now (or replacing one that can no longer be paid). */
public interface RequestPaymentLinkUseCase {

    /**
     * The live link; refused for an invoice that is not payable (invalid state), an environment without a matching
     * connection (no connection), a definite no from the gateway (gateway rejected) or an outcome nobody knows yet
     * (gateway unavailable: the link is still being made in the background; ask again).
     */
    Outcome<PaymentLink> requestPaymentLink(Scope scope, InvoiceId id, Optional<String> providerType);
}
