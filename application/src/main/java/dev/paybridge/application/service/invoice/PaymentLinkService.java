package dev.paybridge.application.service.invoice;

import dev.paybridge.application.port.in.invoice.RequestPaymentLinkUseCase;
import dev.paybridge.application.port.out.persistence.InvoiceRepository;
import dev.paybridge.application.port.out.persistence.InvoiceSyncRepository;
import dev.paybridge.application.port.out.persistence.LinkCancellationRepository;
import dev.paybridge.application.port.out.persistence.PaymentLinkRepository;
import dev.paybridge.application.port.out.persistence.SyncClaim;
import dev.paybridge.application.port.out.persistence.Transactions;
import dev.paybridge.application.problem.Refusal;
import dev.paybridge.application.problem.RequestRefusedException;
import dev.paybridge.domain.connection.Connection;
import dev.paybridge.domain.invoice.Invoice;
import dev.paybridge.domain.invoice.InvoiceId;
import dev.paybridge.domain.invoice.InvoiceSync;
import dev.paybridge.domain.invoice.InvoiceStatus;
import dev.paybridge.domain.invoice.PaymentLink;
import dev.paybridge.domain.invoice.SyncState;
import dev.paybridge.domain.tenant.Scope;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Answers a payment link at once: the live one, or a new one made synchronously through the same claimed sync the
 * workers use, so concurrent requests and workers never make two. An expired link is retired and canceled first.
 */
public final class PaymentLinkService implements RequestPaymentLinkUseCase {
    private static final long POLL_MILLIS = 25;
    private final InvoiceRepository invoices;
    private final InvoiceSyncRepository syncs;
    private final PaymentLinkRepository links;
    private final LinkCancellationRepository cancellations;
    private final SyncTargets syncTargets;
    private final GatewayJobService jobs;
    private final Transactions transactions;
    private final SyncPolicy policy;
    private final Clock clock;

    @Inject
    public PaymentLinkService(InvoiceRepository invoices, InvoiceSyncRepository syncs, PaymentLinkRepository links,
            LinkCancellationRepository cancellations, SyncTargets syncTargets, GatewayJobService jobs,
            Transactions transactions, SyncPolicy policy, Clock clock) {
        this.invoices = invoices;
        this.syncs = syncs;
        this.links = links;
        this.cancellations = cancellations;
        this.syncTargets = syncTargets;
        this.jobs = jobs;
        this.transactions = transactions;
        this.policy = policy;
        this.clock = clock;
    }

    @Override
    public PaymentLink requestPaymentLink(Scope scope, InvoiceId id, Optional<String> providerType) {
        Invoice invoice = invoices.find(scope, id).orElseThrow(() -> RequestRefusedException.notFound("invoice"));
        if (invoice.status() != InvoiceStatus.FINALIZED || !invoice.isPayable()) {
            throw new RequestRefusedException(Refusal.INVALID_STATE, "a payment link needs a finalized, unpaid invoice; "
                    + "this one is " + invoice.status().wireName() + " and " + invoice.paymentStatus().wireName());
        }
        Connection connection = syncTargets.linkConnection(scope, providerType);
        Optional<PaymentLink> live = liveLink(scope, id, connection);
        if (live.isPresent()) {
            return live.get();
        }
        syncs.schedule(scope, id, connection.id(), clock.instant());
        return createOrAwait(scope, id, connection);
    }

    /** Runs the sync here when nobody holds it, else waits for whoever does, up to one lease. */
    private PaymentLink createOrAwait(Scope scope, InvoiceId id, Connection connection) {
        Instant deadline = clock.instant().plus(policy.lease());
        while (clock.instant().isBefore(deadline)) {
            Optional<PaymentLink> link = links.findCurrent(scope, id).filter(l -> l.connectionId().equals(connection.id()));
            if (link.isPresent()) {
                return link.get();
            }
            Optional<SyncClaim> claim = syncs.claim(scope, id, clock.instant(), policy.lease());
            if (claim.isPresent()) {
                SyncOutcome outcome = jobs.sync(claim.get());
                switch (outcome.kind()) {
                    case REFUSED -> throw new RequestRefusedException(Refusal.GATEWAY_REJECTED,
                            "the gateway refused the payment link: " + outcome.message());
                    case UNKNOWN -> throw unavailable(outcome.message());
                    case NOT_NEEDED -> throw new RequestRefusedException(Refusal.INVALID_STATE,
                            "the invoice no longer needs a payment link");
                    default -> {
                        continue;
                    }
                }
            }
            Optional<InvoiceSync> sync = syncs.find(scope, id);
            if (sync.isPresent() && sync.get().state() == SyncState.FAILED) {
                throw new RequestRefusedException(Refusal.GATEWAY_REJECTED,
                        "the gateway refused the payment link: " + sync.get().lastError());
            }
            if (sync.isEmpty()) {
                throw new RequestRefusedException(Refusal.INVALID_STATE, "the invoice no longer needs a payment link");
            }
            boolean waitingForRetry = sync.get().state() == SyncState.PENDING && sync.get().lastError() != null
                    && !syncs.isLeased(scope, id, clock.instant());
            if (waitingForRetry) {
                throw unavailable(sync.get().lastError());
            }
            sleep();
        }
        throw unavailable("it is still being created");
    }

    private static RequestRefusedException unavailable(String cause) {
        return new RequestRefusedException(Refusal.GATEWAY_UNAVAILABLE, "the gateway did not confirm the payment link ("
                + cause + "); it is retried in the background, ask again shortly");
    }

    private static void sleep() {
        try {
            Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw unavailable("interrupted");
        }
    }

    /** The current link if it is still payable; an expired or other-connection link is retired and canceled. */
    private Optional<PaymentLink> liveLink(Scope scope, InvoiceId id, Connection connection) {
        Optional<PaymentLink> current = links.findCurrent(scope, id);
        if (current.isEmpty()) {
            return Optional.empty();
        }
        PaymentLink link = current.get();
        Instant now = clock.instant();
        if (!link.isExpiredAt(now) && link.connectionId().equals(connection.id())) {
            return current;
        }
        transactions.inTransaction(() -> {
            links.retire(scope, id, link.gatewayInvoiceId(), link.isExpiredAt(now) ? "expired" : "replaced");
            cancellations.schedule(scope, id, link.gatewayInvoiceId(), link.connectionId(), now);
            return link;
        });
        return Optional.empty();
    }
}
