package dev.paybridge.application.service.invoice;

import dev.paybridge.application.port.out.jobs.JobKey;
import dev.paybridge.application.port.out.jobs.JobKind;
import dev.paybridge.application.port.out.jobs.JobQueue;
import dev.paybridge.application.port.out.persistence.PaymentLinkRepository;
import dev.paybridge.domain.invoice.InvoiceId;
import dev.paybridge.domain.invoice.LinkStatus;
import dev.paybridge.domain.invoice.PaymentLink;
import dev.paybridge.domain.tenant.Scope;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Map;

/**
 * Takes a link out of use: it is no longer the invoice's current link and, when the gateway may still take money on
 * it, it is retired and queued for cancellation at the gateway (retried until confirmed), while the reconciliation
 * sweep keeps looking at it until the gateway says it can take no more. Call inside the transaction of the change.
 */
public final class LinkRetirement {
    static final String INVOICE_ID = "invoice_id";
    static final String GATEWAY_INVOICE_ID = "gateway_invoice_id";
    private final PaymentLinkRepository links;
    private final JobQueue jobs;
    private final Clock clock;

    @Inject
    public LinkRetirement(PaymentLinkRepository links, JobQueue jobs, Clock clock) {
        this.links = links;
        this.jobs = jobs;
        this.clock = clock;
    }

    public void retire(Scope scope, PaymentLink link) {
        if (!link.status().mayTakeMoney()) {
            links.retire(scope, link.invoiceId(), link.gatewayInvoiceId(), link.status());
            return;
        }
        links.retire(scope, link.invoiceId(), link.gatewayInvoiceId(), LinkStatus.RETIRED);
        jobs.schedule(cancellationKey(scope, link.invoiceId(), link.gatewayInvoiceId()), link.connectionId(),
                Map.of(INVOICE_ID, link.invoiceId().value(), GATEWAY_INVOICE_ID, link.gatewayInvoiceId()),
                clock.instant());
    }

    static JobKey cancellationKey(Scope scope, InvoiceId invoiceId, String gatewayInvoiceId) {
        return new JobKey(scope, JobKind.LINK_CANCELLATION, cancellationsOf(invoiceId) + gatewayInvoiceId);
    }

    /** How the subjects of an invoice's link cancellations start: its id and a slash, then the gateway invoice id. */
    static String cancellationsOf(InvoiceId invoiceId) {
        return invoiceId.value() + "/";
    }
}
