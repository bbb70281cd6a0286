package dev.paybridge.application.service.invoice;

import dev.paybridge.application.outcome.Outcome;
import dev.paybridge.application.outcome.RefusalKind;
import dev.paybridge.application.port.in.invoice.RequestPaymentLinkUseCase;
import dev.paybridge.application.port.out.jobs.Job;
import dev.paybridge.application.port.out.jobs.JobKey;
import dev.paybridge.application.port.out.jobs.JobQueue;
import dev.paybridge.application.port.out.jobs.JobStatus;
import dev.paybridge.application.port.out.persistence.InvoiceRepository;
import dev.paybridge.application.port.out.persistence.PaymentLinkRepository;
import dev.paybridge.application.service.jobs.GatewayJobService;
import dev.paybridge.application.service.jobs.JobPolicy;
import dev.paybridge.application.service.jobs.JobSettlements;
import dev.paybridge.domain.connection.Connection;
import dev.paybridge.domain.invoice.Invoice;
import dev.paybridge.domain.invoice.InvoiceId;
import dev.paybridge.domain.invoice.InvoiceStatus;
import dev.paybridge.domain.invoice.PaymentLink;
import dev.paybridge.domain.tenant.Scope;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Answers a payment link at once: the live one, or a new one made on this thread through the same leased sync job the
 * workers run, so concurrent requests and workers never make two. When a worker holds the job, the request waits for
 * it to settle (woken when it does) up to one lease. A link that can no longer be paid is looked up at its gateway
 * (money may have arrived on it) and retired before another is made.
 */
public final class PaymentLinkService implements RequestPaymentLinkUseCase {
    /** How long a waiting request trusts a wake-up from this process before it looks at the queue itself. */
    private static final Duration LOOK_AGAIN = Duration.ofMillis(250);
    private final InvoiceRepository invoices;
    private final PaymentLinkRepository links;
    private final JobQueue queue;
    private final GatewayJobService jobs;
    private final JobSettlements settlements;
    private final SyncTargets syncTargets;
    private final LinkReplacement replacement;
    private final JobPolicy policy;
    private final Clock clock;

    @Inject
    public PaymentLinkService(InvoiceRepository invoices, PaymentLinkRepository links, JobQueue queue,
            GatewayJobService jobs, JobSettlements settlements, SyncTargets syncTargets, LinkReplacement replacement,
            JobPolicy policy, Clock clock) {
        this.invoices = invoices;
        this.links = links;
        this.queue = queue;
        this.jobs = jobs;
        this.settlements = settlements;
        this.syncTargets = syncTargets;
        this.replacement = replacement;
        this.policy = policy;
        this.clock = clock;
    }

    @Override
    public Outcome<PaymentLink> requestPaymentLink(Scope scope, InvoiceId id, Optional<String> providerType) {
        Optional<Invoice> invoice = invoices.find(scope, id);
        if (invoice.isEmpty()) {
            return Outcome.notFound("invoice");
        }
        return payable(invoice.get())
                .flatMap(payable -> syncTargets.linkConnection(scope, providerType))
                .flatMap(connection -> liveOrNew(invoice.get(), connection));
    }

    private Outcome<PaymentLink> liveOrNew(Invoice invoice, Connection connection) {
        Optional<PaymentLink> current = links.findCurrent(invoice.scope(), invoice.id());
        if (current.isPresent() && current.get().connectionId().equals(connection.id())
                && current.get().isPayableAt(clock.instant())) {
            return Outcome.done(current.get());
        }
        Outcome<Invoice> stillPayable = current.isEmpty() ? Outcome.done(invoice)
                : replacement.retire(invoice, current.get()).flatMap(this::payable);
        return stillPayable.flatMap(payable -> {
            JobKey key = InvoiceSyncJob.key(invoice.scope(), invoice.id());
            queue.schedule(key, connection.id(), Map.of(), clock.instant());
            return createOrAwait(invoice, key, connection);
        });
    }

    /** Runs the sync here when nobody holds it, else waits for whoever does, up to one lease. */
    private Outcome<PaymentLink> createOrAwait(Invoice invoice, JobKey key, Connection connection) {
        Instant deadline = clock.instant().plus(policy.lease());
        while (clock.instant().isBefore(deadline)) {
            Optional<PaymentLink> link = links.findCurrent(invoice.scope(), invoice.id())
                    .filter(l -> l.connectionId().equals(connection.id()) && l.isPayableAt(clock.instant()));
            if (link.isPresent()) {
                return Outcome.done(link.get());
            }
            long seen = settlements.count();
            Optional<Job> claimed = jobs.claim(key);
            if (claimed.isPresent()) {
                Optional<Outcome<PaymentLink>> settled = jobs.run(claimed.get()).fold(
                        Optional::empty,
                        retry -> Optional.of(unavailable(retry.cause())),
                        failed -> Optional.of(rejected(failed.reason())),
                        () -> Optional.of(notNeeded()));
                if (settled.isPresent()) {
                    return settled.get();
                }
                continue;
            }
            Optional<Outcome<PaymentLink>> verdict = verdict(queue.find(key));
            if (verdict.isPresent()) {
                return verdict.get();
            }
            settlements.awaitAfter(seen, LOOK_AGAIN);
        }
        return unavailable("it is still being created");
    }

    /** What the job's state says when another worker holds or held it; empty while it is still running. */
    private Optional<Outcome<PaymentLink>> verdict(Optional<JobStatus> status) {
        if (status.isEmpty()) {
            return Optional.of(notNeeded());
        }
        return switch (status.get().state()) {
            case FAILED -> Optional.of(rejected(status.get().lastError()));
            case DONE -> Optional.of(madeLink(status.get().key()));
            case PENDING -> status.get().lastError() != null && !queue.isLeased(status.get().key(), clock.instant())
                    ? Optional.of(unavailable(status.get().lastError())) : Optional.empty();
        };
    }

    /** The link a job that is done made (it was stored before the job settled), read again now. */
    private Outcome<PaymentLink> madeLink(JobKey key) {
        return links.findCurrent(key.scope(), new InvoiceId(key.subject()))
                .filter(link -> link.isPayableAt(clock.instant())).map(Outcome::done)
                .orElseGet(() -> unavailable("the link made is no longer payable"));
    }

    private static Outcome<PaymentLink> notNeeded() {
        return Outcome.refused(RefusalKind.INVALID_STATE, "the invoice no longer needs a payment link");
    }

    private Outcome<Invoice> payable(Invoice invoice) {
        if (invoice.status() != InvoiceStatus.FINALIZED || !invoice.isPayable()) {
            return Outcome.refused(RefusalKind.INVALID_STATE, "a payment link needs a finalized, unpaid invoice; "
                    + "this one is " + invoice.status().wireName() + " and " + invoice.paymentStatus().wireName());
        }
        return Outcome.done(invoice);
    }

    private static Outcome<PaymentLink> rejected(String message) {
        return Outcome.refused(RefusalKind.GATEWAY_REJECTED, "the gateway refused the payment link: " + message);
    }

    private static Outcome<PaymentLink> unavailable(String cause) {
        return Outcome.refused(RefusalKind.GATEWAY_UNAVAILABLE, "the gateway did not confirm the payment link ("
                + cause + "); it is retried in the background, ask again shortly");
    }
}
