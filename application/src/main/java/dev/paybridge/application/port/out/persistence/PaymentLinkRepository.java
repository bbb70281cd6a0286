package dev.paybridge.application.port.out.persistence;

import dev.paybridge.domain.invoice.InvoiceId;
import dev.paybridge.domain.invoice.PaymentLink;
import dev.paybridge.domain.tenant.Scope;
import java.util.Optional;

/** Stores payment links; the database keeps at most one current link per invoice. */
public interface PaymentLinkRepository {

    /** Stores the link; false when it would be a second current link of the invoice (nothing stored). */
    boolean insert(Scope scope, PaymentLink link);

    Optional<PaymentLink> findCurrent(Scope scope, InvoiceId invoiceId);

    /** The link is no longer the invoice's current one; {@code status} is what it now is (canceled, expired). */
    void retire(Scope scope, InvoiceId invoiceId, String gatewayInvoiceId, String status);

    /** Records the gateway's latest status of a link. */
    void updateStatus(Scope scope, InvoiceId invoiceId, String gatewayInvoiceId, String status);
}
