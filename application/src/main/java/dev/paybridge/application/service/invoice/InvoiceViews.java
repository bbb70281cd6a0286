package dev.paybridge.application.service.invoice;

import dev.paybridge.application.port.in.invoice.InvoiceView;
import dev.paybridge.application.port.out.persistence.InvoiceSyncRepository;
import dev.paybridge.application.port.out.persistence.PaymentLinkRepository;
import dev.paybridge.domain.invoice.Invoice;
import dev.paybridge.domain.invoice.InvoiceSync;
import jakarta.inject.Inject;

/** Puts an invoice together with its current link and sync state. */
public final class InvoiceViews {
    private final PaymentLinkRepository links;
    private final InvoiceSyncRepository syncs;

    @Inject
    public InvoiceViews(PaymentLinkRepository links, InvoiceSyncRepository syncs) {
        this.links = links;
        this.syncs = syncs;
    }

    public InvoiceView of(Invoice invoice) {
        InvoiceSync sync = syncs.find(invoice.scope(), invoice.id()).orElseGet(() -> InvoiceSync.notApplicable(invoice.id()));
        return new InvoiceView(invoice, links.findCurrent(invoice.scope(), invoice.id()), sync);
    }
}
