package dev.paybridge.application.service.invoice;

import dev.paybridge.application.gateway.GatewayConnections;
import dev.paybridge.application.port.out.jobs.Job;
import dev.paybridge.application.port.out.jobs.JobKey;
import dev.paybridge.application.port.out.jobs.JobKind;
import dev.paybridge.application.port.out.persistence.ConnectionRepository;
import dev.paybridge.application.port.out.persistence.InvoiceRepository;
import dev.paybridge.application.port.out.persistence.PaymentLinkRepository;
import dev.paybridge.application.service.jobs.JobHandler;
import dev.paybridge.application.service.jobs.JobResult;
import dev.paybridge.application.service.webhook.LinkLookup;
import dev.paybridge.application.spi.GatewayPaymentLink;
import dev.paybridge.application.spi.PaymentGateway;
import dev.paybridge.domain.connection.Connection;
import dev.paybridge.domain.invoice.Invoice;
import dev.paybridge.domain.invoice.InvoiceId;
import dev.paybridge.domain.invoice.LinkStatus;
import dev.paybridge.domain.invoice.PaymentLink;
import dev.paybridge.domain.tenant.Scope;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Syncs an invoice to its gateway: after an attempt whose outcome nobody knows it first looks for the link that
 * attempt may have made (the gateway has no idempotency key for links), and creates one only when there is none.
 * An invoice that already has a payable link through this connection is synced as it is: nothing is made twice.
 */
public final class InvoiceSyncJob implements JobHandler {
    private final InvoiceRepository invoices;
    private final PaymentLinkRepository links;
    private final ConnectionRepository connections;
    private final GatewayConnections gateways;
    private final LinkStore store;
    private final LinkLookup lookup;
    private final LinkValidity validity;
    private final Clock clock;

    @Inject
    public InvoiceSyncJob(InvoiceRepository invoices, PaymentLinkRepository links, ConnectionRepository connections,
            GatewayConnections gateways, LinkStore store, LinkLookup lookup, LinkValidity validity, Clock clock) {
        this.invoices = invoices;
        this.links = links;
        this.connections = connections;
        this.gateways = gateways;
        this.store = store;
        this.lookup = lookup;
        this.validity = validity;
        this.clock = clock;
    }

    /** The sync job of an invoice. */
    public static JobKey key(Scope scope, InvoiceId invoiceId) {
        return new JobKey(scope, JobKind.INVOICE_SYNC, invoiceId.value());
    }

    @Override
    public JobKind kind() {
        return JobKind.INVOICE_SYNC;
    }

    @Override
    public JobResult run(Job job) {
        Scope scope = job.key().scope();
        InvoiceId invoiceId = new InvoiceId(job.key().subject());
        Optional<Invoice> invoice = invoices.find(scope, invoiceId);
        if (invoice.isEmpty() || !invoice.get().isPayable()) {
            return JobResult.notNeeded();
        }
        Optional<Connection> connection = connections.find(scope, job.connectionId()).filter(Connection::isActive);
        if (connection.isEmpty()) {
            return JobResult.failed("the connection was archived before the invoice was synced");
        }
        Instant now = clock.instant();
        Optional<PaymentLink> current = links.findCurrent(scope, invoiceId);
        if (current.isPresent() && current.get().connectionId().equals(job.connectionId())
                && current.get().isPayableAt(now)) {
            return JobResult.done();
        }
        PaymentGateway gateway = gateways.open(connection.get());
        if (job.attempt() > 1) {
            Optional<JobResult> adopted = gateway.findPaymentLinks(invoiceId).fold(
                    found -> found.stream().filter(link -> isAdoptable(link, invoice.get(), now)).findFirst()
                            .map(link -> stored(connection.get(), invoice.get(), link)),
                    refused -> Optional.empty(),
                    unknown -> Optional.of(JobResult.retry(unknown.cause())));
            if (adopted.isPresent()) {
                return adopted.get();
            }
        }
        return gateway.createPaymentLink(LinkRequests.of(invoice.get(), connection.get(), validity, now)).fold(
                created -> stored(connection.get(), invoice.get(), created),
                refused -> JobResult.failed(refused.describe()),
                unknown -> JobResult.retry(unknown.cause()));
    }

    private static boolean isAdoptable(GatewayPaymentLink link, Invoice invoice, Instant now) {
        return (link.status() == LinkStatus.OPEN || link.status() == LinkStatus.PAID)
                && link.amount().equals(invoice.amountRemaining())
                && (link.invoiceReference() == null || link.invoiceReference().equals(invoice.id()))
                && (link.expiresAt() == null || link.expiresAt().isAfter(now));
    }

    /** Stores the link; a link found already paid has its payments applied at once. */
    private JobResult stored(Connection connection, Invoice invoice, GatewayPaymentLink link) {
        boolean wanted = store.store(connection, invoice.scope(), invoice.id(), link);
        if (!link.payments().isEmpty()) {
            lookup.applyPayments(invoice.scope(), connection.providerType(), link);
        }
        return wanted ? JobResult.done() : JobResult.notNeeded();
    }
}
