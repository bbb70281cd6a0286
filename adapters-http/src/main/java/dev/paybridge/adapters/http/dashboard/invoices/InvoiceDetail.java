package dev.paybridge.adapters.http.dashboard.invoices;

import dev.paybridge.application.port.in.invoice.InvoiceView;
import dev.paybridge.domain.invoice.Invoice;
import dev.paybridge.domain.invoice.InvoiceStatus;
import dev.paybridge.domain.invoice.Payment;
import java.time.Instant;
import java.util.List;

/**
 * One invoice's page: its state, lines and amounts, its sync to the gateway, its payment link and its payments. Which
 * actions are offered follows the invoice's own rules ({@code voidRefusal}, {@code isPayable}); the use cases decide.
 */
public record InvoiceDetail(InvoiceView view, List<Payment> payments, Instant now) {

    public Invoice invoice() {
        return view.invoice();
    }

    public String base() {
        return "/dashboard/invoices/" + view.invoice().id().value();
    }

    public boolean canFinalize() {
        return invoice().finalizeRefusal().isEmpty();
    }

    public boolean canVoid() {
        return invoice().voidRefusal().isEmpty();
    }

    /** A payable invoice without a link a payer can use now may ask for one. */
    public boolean canRequestLink() {
        return invoice().isPayable() && view.paymentLink().map(link -> !link.isPayableAt(now)).orElse(true);
    }

    public boolean isDraft() {
        return invoice().status() == InvoiceStatus.DRAFT;
    }
}
