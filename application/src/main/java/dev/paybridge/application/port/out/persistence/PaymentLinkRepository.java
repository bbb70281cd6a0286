package dev.paybridge.application.port.out.persistence;

import dev.paybridge.domain.invoice.InvoiceId;
import dev.paybridge.domain.invoice.LinkStatus;
import dev.paybridge.domain.invoice.PaymentLink;
import dev.paybridge.domain.tenant.Scope;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Stores payment links; the database keeps at most one current link per invoice. */
public interface PaymentLinkRepository {

    /** Stores the link; false when it would be a second current link of the invoice (nothing stored). */
    boolean insert(Scope scope, PaymentLink link);

    Optional<PaymentLink> findCurrent(Scope scope, InvoiceId invoiceId);

    /** The link is no longer the invoice's current one; {@code status} is what it is now. */
    void retire(Scope scope, InvoiceId invoiceId, String gatewayInvoiceId, LinkStatus status);

    /** The link with this gateway invoice id, current or not. */
    Optional<PaymentLink> findByGatewayInvoiceId(Scope scope, String providerType, String gatewayInvoiceId);

    /** Records where a link stands now: paybridge's status and, when the gateway said, its own word. */
    void updateStatus(Scope scope, InvoiceId invoiceId, String gatewayInvoiceId, LinkStatus status,
            String gatewayStatus);

    /**
     * Takes up to {@code limit} links of any scope that the gateway may still take money on (open, retired or in a
     * state the plugin could not read) and that are due for a look, and makes them due again only after
     * {@code interval}, so several instances share the sweep without overlap. A new link is first due one interval
     * after it was created.
     */
    List<ScopedLink> claimForReconciliation(Instant now, Duration interval, int limit);

    /** A link with the scope it belongs to. */
    record ScopedLink(Scope scope, PaymentLink link) {
    }
}
