package dev.paybridge.application.port.in.invoice;

import dev.paybridge.domain.invoice.InvoiceId;
import dev.paybridge.domain.invoice.PaymentLink;
import dev.paybridge.domain.tenant.Scope;
import java.util.Optional;

/** Returns an invoice's live payment link, creating it now (or replacing an expired one) when there is none. */
public interface RequestPaymentLinkUseCase {

    PaymentLink requestPaymentLink(Scope scope, InvoiceId id, Optional<String> providerType);
}
