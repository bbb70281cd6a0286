package dev.paybridge.application.service.invoice;

import dev.paybridge.application.port.out.persistence.InvoiceRepository;
import dev.paybridge.application.port.out.persistence.PaymentLinkRepository;
import dev.paybridge.application.port.out.persistence.Transactions;
import dev.paybridge.application.spi.GatewayPaymentLink;
import dev.paybridge.domain.connection.Connection;
import dev.paybridge.domain.invoice.Invoice;
import dev.paybridge.domain.invoice.InvoiceId;
import dev.paybridge.domain.invoice.PaymentLink;
import dev.paybridge.domain.tenant.Scope;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Stores a link the gateway made for an invoice, under the invoice's lock: it becomes the current link when the
 * invoice still wants one (a current link that can no longer be paid is retired first); otherwise it is retired at
 * once, so a link nobody wants is canceled at the gateway rather than left payable.
 */
public final class LinkStore {
    private final InvoiceRepository invoices;
    private final PaymentLinkRepository links;
    private final LinkRetirement retirement;
    private final Transactions transactions;
    private final Clock clock;

    @Inject
    public LinkStore(InvoiceRepository invoices, PaymentLinkRepository links, LinkRetirement retirement,
            Transactions transactions, Clock clock) {
        this.invoices = invoices;
        this.links = links;
        this.retirement = retirement;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** True when the link is (now or already) the invoice's current one. */
    public boolean store(Connection connection, Scope scope, InvoiceId invoiceId, GatewayPaymentLink created) {
        return transactions.inTransaction(() -> {
            Instant now = clock.instant();
            boolean wanted = invoices.findForUpdate(scope, invoiceId).filter(Invoice::isPayable).isPresent();
            PaymentLink link = new PaymentLink(invoiceId, created.gatewayInvoiceId(), connection.id(),
                    connection.providerType(), created.url(), created.status(), created.gatewayStatus(), wanted,
                    created.expiresAt(), now);
            Optional<PaymentLink> current = links.findCurrent(scope, invoiceId);
            if (current.isPresent() && current.get().gatewayInvoiceId().equals(link.gatewayInvoiceId())) {
                return true;
            }
            if (wanted && current.isPresent() && !current.get().isPayableAt(now)) {
                retirement.retire(scope, current.get());
            }
            if (wanted && links.insert(scope, link)) {
                return true;
            }
            PaymentLink unwanted = link.retired(link.status());
            if (links.findByGatewayInvoiceId(scope, link.providerType(), link.gatewayInvoiceId()).isEmpty()) {
                links.insert(scope, unwanted);
            }
            retirement.retire(scope, unwanted);
            return false;
        });
    }
}
