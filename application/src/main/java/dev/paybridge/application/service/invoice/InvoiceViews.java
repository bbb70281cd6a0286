package dev.paybridge.application.service.invoice;

import dev.paybridge.application.port.in.invoice.InvoiceView;
import dev.paybridge.application.port.out.jobs.JobKind;
import dev.paybridge.application.port.out.jobs.JobQueue;
import dev.paybridge.application.port.out.jobs.JobStatus;
import dev.paybridge.application.port.out.persistence.PaymentLinkRepository;
import dev.paybridge.domain.invoice.Invoice;
import dev.paybridge.domain.invoice.InvoiceId;
import dev.paybridge.domain.invoice.InvoiceSync;
import dev.paybridge.domain.invoice.LinkCancellation;
import dev.paybridge.domain.invoice.SyncState;
import jakarta.inject.Inject;

/** Puts an invoice together with its current link and the state of its sync job. */
public final class InvoiceViews {
    private final PaymentLinkRepository links;
    private final JobQueue jobs;

    @Inject
    public InvoiceViews(PaymentLinkRepository links, JobQueue jobs) {
        this.links = links;
        this.jobs = jobs;
    }

    public InvoiceView of(Invoice invoice) {
        InvoiceSync sync = jobs.find(InvoiceSyncJob.key(invoice.scope(), invoice.id()))
                .map(status -> sync(invoice, status))
                .orElseGet(() -> InvoiceSync.notApplicable(invoice.id()));
        return new InvoiceView(invoice, links.findCurrent(invoice.scope(), invoice.id()), sync,
                jobs.findLatest(invoice.scope(), JobKind.LINK_CANCELLATION, LinkRetirement.cancellationsOf(invoice.id()))
                        .map(InvoiceViews::cancellation));
    }

    private static LinkCancellation cancellation(JobStatus status) {
        LinkCancellation.State state = switch (status.state()) {
            case PENDING -> LinkCancellation.State.PENDING;
            case DONE -> LinkCancellation.State.DONE;
            case FAILED -> LinkCancellation.State.FAILED;
        };
        String subject = status.key().subject();
        String prefix = LinkRetirement.cancellationsOf(new InvoiceId(subject.substring(0, subject.indexOf('/'))));
        return new LinkCancellation(subject.substring(prefix.length()), state, status.attempts(),
                status.lastError());
    }

    private static InvoiceSync sync(Invoice invoice, JobStatus status) {
        SyncState state = switch (status.state()) {
            case PENDING -> SyncState.PENDING;
            case DONE -> SyncState.SYNCED;
            case FAILED -> SyncState.FAILED;
        };
        return new InvoiceSync(invoice.id(), status.connectionId(), state, status.attempts(), status.lastError());
    }
}
