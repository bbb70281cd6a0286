package dev.paybridge.application.service.invoice;

import dev.paybridge.application.outcome.Outcome;
import dev.paybridge.application.outcome.RefusalKind;
import dev.paybridge.application.port.out.persistence.InvoiceRepository;
import dev.paybridge.application.port.out.persistence.PaymentLinkRepository;
import dev.paybridge.application.port.out.persistence.Transactions;
import dev.paybridge.application.service.webhook.LinkLookup;
import dev.paybridge.domain.invoice.Invoice;
import dev.paybridge.domain.invoice.PaymentLink;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Takes an invoice's current link out of use before another is made (it expired, it belongs to another connection,
 * or it can no longer be paid). A link the gateway may still take money on is looked up first, so a payment made on
 * it at the last moment is applied rather than asked for twice.
 */
public final class LinkReplacement {
    private final LinkLookup lookup;
    private final InvoiceRepository invoices;
    private final PaymentLinkRepository links;
    private final LinkRetirement retirement;
    private final Transactions transactions;

    @Inject
    public LinkReplacement(LinkLookup lookup, InvoiceRepository invoices, PaymentLinkRepository links,
            LinkRetirement retirement, Transactions transactions) {
        this.lookup = lookup;
        this.invoices = invoices;
        this.links = links;
        this.retirement = retirement;
        this.transactions = transactions;
    }

    /** The invoice as it is once the link is retired; refused when the gateway cannot say what the link took. */
    public Outcome<Invoice> retire(Invoice invoice, PaymentLink current) {
        if (current.status().mayTakeMoney()) {
            Optional<String> unknown = lookup.lookUp(invoice.scope(), current)
                    .<Optional<String>>fold(found -> Optional.empty(), refused -> Optional.empty(),
                            failed -> Optional.of(failed.cause()));
            if (unknown.isPresent()) {
                return Outcome.refused(RefusalKind.GATEWAY_UNAVAILABLE, "the gateway could not confirm that the "
                        + "invoice's earlier link took no payment (" + unknown.get() + "); ask again shortly");
            }
        }
        return transactions.inTransaction(() -> {
            Invoice locked = invoices.findForUpdate(invoice.scope(), invoice.id()).orElseThrow();
            links.findCurrent(invoice.scope(), invoice.id())
                    .filter(link -> link.gatewayInvoiceId().equals(current.gatewayInvoiceId()))
                    .ifPresent(link -> retirement.retire(invoice.scope(), link));
            return Outcome.done(locked);
        });
    }
}
