package dev.paybridge.application.service.invoice;

import dev.paybridge.application.gateway.GatewayConnections;
import dev.paybridge.application.port.in.invoice.ProcessGatewayJobsUseCase;
import dev.paybridge.application.port.out.persistence.ConnectionRepository;
import dev.paybridge.application.port.out.persistence.InvoiceRepository;
import dev.paybridge.application.port.out.persistence.InvoiceSyncRepository;
import dev.paybridge.application.port.out.persistence.LinkCancellationRepository;
import dev.paybridge.application.port.out.persistence.PaymentLinkRepository;
import dev.paybridge.application.port.out.persistence.SyncClaim;
import dev.paybridge.application.port.out.persistence.Transactions;
import dev.paybridge.application.spi.GatewayPaymentLink;
import dev.paybridge.application.spi.GatewayPaymentLink.LinkStatus;
import dev.paybridge.application.spi.GatewayResult;
import dev.paybridge.application.spi.PaymentGateway;
import dev.paybridge.domain.connection.Connection;
import dev.paybridge.domain.invoice.Invoice;
import dev.paybridge.domain.invoice.PaymentLink;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Runs gateway jobs: an invoice sync finds an earlier link (after an attempt whose outcome was unknown) or creates
 * one, then stores it; a cancellation cancels a link at the gateway. UNKNOWN outcomes are retried with backoff.
 */
public final class GatewayJobService implements ProcessGatewayJobsUseCase {
    private final InvoiceRepository invoices;
    private final InvoiceSyncRepository syncs;
    private final PaymentLinkRepository links;
    private final LinkCancellationRepository cancellations;
    private final ConnectionRepository connections;
    private final GatewayConnections gateways;
    private final Transactions transactions;
    private final SyncPolicy policy;
    private final Clock clock;

    @Inject
    public GatewayJobService(InvoiceRepository invoices, InvoiceSyncRepository syncs, PaymentLinkRepository links,
            LinkCancellationRepository cancellations, ConnectionRepository connections, GatewayConnections gateways,
            Transactions transactions, SyncPolicy policy, Clock clock) {
        this.invoices = invoices;
        this.syncs = syncs;
        this.links = links;
        this.cancellations = cancellations;
        this.connections = connections;
        this.gateways = gateways;
        this.transactions = transactions;
        this.policy = policy;
        this.clock = clock;
    }

    @Override
    public boolean runNextDueJob() {
        Instant now = clock.instant();
        Optional<SyncClaim> sync = syncs.claimNextDue(now, policy.lease());
        if (sync.isPresent()) {
            sync(sync.get());
            return true;
        }
        Optional<SyncClaim> cancellation = cancellations.claimNextDue(now, policy.lease());
        cancellation.ifPresent(this::cancel);
        return cancellation.isPresent();
    }

    /**
     * Runs one claimed sync to its end: a stored link, a definite refusal, or a retry scheduled. An invoice that
     * already has a live link through this connection is synced as it is: nothing is created twice.
     */
    SyncOutcome sync(SyncClaim claim) {
        Optional<Invoice> invoice = invoices.find(claim.scope(), claim.invoiceId());
        if (invoice.isEmpty() || !invoice.get().isPayable()) {
            syncs.remove(claim.scope(), claim.invoiceId());
            return SyncOutcome.of(SyncOutcome.Kind.NOT_NEEDED);
        }
        Optional<Connection> connection = connections.find(claim.scope(), claim.connectionId())
                .filter(Connection::isActive);
        if (connection.isEmpty()) {
            return refused(claim, "the connection was archived before the invoice was synced");
        }
        Optional<PaymentLink> current = links.findCurrent(claim.scope(), claim.invoiceId());
        if (current.isPresent() && current.get().connectionId().equals(claim.connectionId())
                && !current.get().isExpiredAt(clock.instant())) {
            return syncs.markSynced(claim, clock.instant()) ? SyncOutcome.of(SyncOutcome.Kind.SYNCED)
                    : SyncOutcome.of(SyncOutcome.Kind.LEASE_LOST);
        }
        PaymentGateway gateway = gateways.open(connection.get());
        if (claim.attempt() > 1) {
            GatewayResult<List<GatewayPaymentLink>> earlier = gateway.findPaymentLinks(claim.invoiceId().value());
            if (earlier instanceof GatewayResult.Unknown<List<GatewayPaymentLink>> unknown) {
                return retry(claim, unknown.cause());
            }
            Optional<GatewayPaymentLink> adoptable = earlier instanceof GatewayResult.Succeeded<List<GatewayPaymentLink>> found
                    ? found.value().stream().filter(link -> isAdoptable(link, invoice.get())).findFirst()
                    : Optional.empty();
            if (adoptable.isPresent()) {
                return store(claim, connection.get(), adoptable.get());
            }
        }
        GatewayResult<GatewayPaymentLink> created = gateway.createPaymentLink(
                LinkRequests.of(invoice.get(), connection.get(), policy, clock.instant()));
        if (created instanceof GatewayResult.Succeeded<GatewayPaymentLink> succeeded) {
            return store(claim, connection.get(), succeeded.value());
        }
        if (created instanceof GatewayResult.Refused<GatewayPaymentLink> refused) {
            return refused(claim, refused.message() + fieldDetails(refused));
        }
        return retry(claim, ((GatewayResult.Unknown<GatewayPaymentLink>) created).cause());
    }

    private boolean isAdoptable(GatewayPaymentLink link, Invoice invoice) {
        return (link.status() == LinkStatus.OPEN || link.status() == LinkStatus.PAID)
                && link.amount().equals(invoice.amountRemaining())
                && (link.expiresAt() == null || link.expiresAt().isAfter(clock.instant()));
    }

    private SyncOutcome store(SyncClaim claim, Connection connection, GatewayPaymentLink created) {
        return transactions.inTransaction(() -> {
            Instant now = clock.instant();
            Optional<Invoice> invoice = invoices.findForUpdate(claim.scope(), claim.invoiceId());
            boolean wanted = invoice.isPresent() && invoice.get().isPayable();
            PaymentLink link = new PaymentLink(claim.invoiceId(), created.gatewayInvoiceId(), connection.id(),
                    connection.providerType(), created.url(), created.gatewayStatus(), wanted, created.expiresAt(), now);
            if (!wanted || !links.insert(claim.scope(), link)) {
                links.insert(claim.scope(), new PaymentLink(link.invoiceId(), link.gatewayInvoiceId(),
                        link.connectionId(), link.providerType(), link.url(), "canceled", false, link.expiresAt(), now));
                cancellations.schedule(claim.scope(), claim.invoiceId(), created.gatewayInvoiceId(), connection.id(), now);
            }
            if (!wanted) {
                syncs.remove(claim.scope(), claim.invoiceId());
                return SyncOutcome.of(SyncOutcome.Kind.NOT_NEEDED);
            }
            return syncs.markSynced(claim, now) ? SyncOutcome.of(SyncOutcome.Kind.SYNCED)
                    : SyncOutcome.of(SyncOutcome.Kind.LEASE_LOST);
        });
    }

    private SyncOutcome retry(SyncClaim claim, String cause) {
        Instant now = clock.instant();
        syncs.markRetry(claim, cause, now.plus(policy.retryDelay(claim.attempt())), now);
        return new SyncOutcome(SyncOutcome.Kind.UNKNOWN, cause);
    }

    private SyncOutcome refused(SyncClaim claim, String message) {
        syncs.markFailed(claim, message, clock.instant());
        return new SyncOutcome(SyncOutcome.Kind.REFUSED, message);
    }

    private void cancel(SyncClaim claim) {
        Optional<Connection> connection = connections.find(claim.scope(), claim.connectionId());
        if (connection.isEmpty()) {
            cancellations.markFailed(claim, "the connection no longer exists");
            return;
        }
        GatewayResult<GatewayPaymentLink> result = gateways.open(connection.get())
                .cancelPaymentLink(claim.gatewayInvoiceId());
        Instant now = clock.instant();
        if (result instanceof GatewayResult.Succeeded<GatewayPaymentLink> canceled) {
            links.updateStatus(claim.scope(), claim.invoiceId(), claim.gatewayInvoiceId(), canceled.value().gatewayStatus());
            cancellations.markDone(claim, now);
        } else if (result instanceof GatewayResult.Refused<GatewayPaymentLink> refused) {
            cancellations.markFailed(claim, refused.message());
        } else {
            cancellations.markRetry(claim, ((GatewayResult.Unknown<GatewayPaymentLink>) result).cause(),
                    now.plus(policy.retryDelay(claim.attempt())));
        }
    }

    private static String fieldDetails(GatewayResult.Refused<?> refused) {
        return refused.fieldErrors().isEmpty() ? "" : " " + refused.fieldErrors();
    }
}
