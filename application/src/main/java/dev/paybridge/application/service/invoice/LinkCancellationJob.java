package dev.paybridge.application.service.invoice;

import dev.paybridge.application.gateway.GatewayConnections;
import dev.paybridge.application.port.out.jobs.Job;
import dev.paybridge.application.port.out.jobs.JobKind;
import dev.paybridge.application.port.out.persistence.ConnectionRepository;
import dev.paybridge.application.port.out.persistence.PaymentLinkRepository;
import dev.paybridge.application.service.jobs.JobHandler;
import dev.paybridge.application.service.jobs.JobResult;
import dev.paybridge.application.service.webhook.LinkLookup;
import dev.paybridge.domain.connection.Connection;
import dev.paybridge.domain.invoice.InvoiceId;
import dev.paybridge.domain.invoice.LinkStatus;
import dev.paybridge.domain.tenant.Scope;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Cancels a retired link at its gateway, retried until the gateway confirms. When the gateway refuses (the link was
 * paid meanwhile), the link is looked up at once, so money paid on it is applied like a webhook.
 */
public final class LinkCancellationJob implements JobHandler {
    private final ConnectionRepository connections;
    private final PaymentLinkRepository links;
    private final GatewayConnections gateways;
    private final LinkLookup lookup;

    @Inject
    public LinkCancellationJob(ConnectionRepository connections, PaymentLinkRepository links,
            GatewayConnections gateways, LinkLookup lookup) {
        this.connections = connections;
        this.links = links;
        this.gateways = gateways;
        this.lookup = lookup;
    }

    @Override
    public JobKind kind() {
        return JobKind.LINK_CANCELLATION;
    }

    @Override
    public JobResult run(Job job) {
        Scope scope = job.key().scope();
        InvoiceId invoiceId = new InvoiceId(job.data(LinkRetirement.INVOICE_ID));
        String gatewayInvoiceId = job.data(LinkRetirement.GATEWAY_INVOICE_ID);
        Optional<Connection> connection = connections.find(scope, job.connectionId());
        if (connection.isEmpty()) {
            return JobResult.failed("the connection no longer exists");
        }
        String providerType = connection.get().providerType();
        return gateways.open(connection.get()).cancelPaymentLink(gatewayInvoiceId).fold(
                canceled -> {
                    LinkStatus status = canceled.status() == LinkStatus.OPEN ? LinkStatus.RETIRED : canceled.status();
                    links.updateStatus(scope, invoiceId, gatewayInvoiceId, status, canceled.gatewayStatus());
                    lookup.applyPayments(scope, providerType, canceled);
                    return JobResult.done();
                },
                refused -> {
                    links.findByGatewayInvoiceId(scope, providerType, gatewayInvoiceId)
                            .ifPresent(link -> lookup.lookUp(scope, link));
                    return JobResult.failed("the gateway refused to cancel the link: " + refused.describe());
                },
                unknown -> JobResult.retry(unknown.cause()));
    }
}
