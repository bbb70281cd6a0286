package dev.paybridge.application.service.webhook;

import dev.paybridge.application.gateway.GatewayConnections;
import dev.paybridge.application.port.out.persistence.ConnectionRepository;
import dev.paybridge.application.port.out.persistence.PaymentLinkRepository;
import dev.paybridge.application.spi.GatewayEvent;
import dev.paybridge.application.spi.GatewayPayment;
import dev.paybridge.application.spi.GatewayPaymentLink;
import dev.paybridge.application.spi.GatewayResult;
import dev.paybridge.domain.connection.Connection;
import dev.paybridge.domain.invoice.LinkStatus;
import dev.paybridge.domain.invoice.PaymentLink;
import dev.paybridge.domain.tenant.Scope;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;

/**
 * Asks a gateway about one link and applies what was paid on it through the same store-once path as webhooks: the
 * reconciliation sweep, a refused cancellation and the check of an expired link before it is replaced all use it.
 * Its event ids name the payment and its state, so a webhook for the same news, earlier or later, changes nothing
 * twice.
 */
public final class LinkLookup {
    static final String EVENT_ID_PREFIX = "reconciliation:";
    static final String EVENT_TYPE = "reconciliation";
    private final ConnectionRepository connections;
    private final PaymentLinkRepository links;
    private final GatewayConnections gateways;
    private final GatewayEventRecorder recorder;
    private final Clock clock;

    @Inject
    public LinkLookup(ConnectionRepository connections, PaymentLinkRepository links, GatewayConnections gateways,
            GatewayEventRecorder recorder, Clock clock) {
        this.connections = connections;
        this.links = links;
        this.gateways = gateways;
        this.recorder = recorder;
        this.clock = clock;
    }

    /** Looks the link up now: its payments are applied and its status follows the gateway's. */
    public GatewayResult<GatewayPaymentLink> lookUp(Scope scope, PaymentLink link) {
        Optional<Connection> connection = connections.find(scope, link.connectionId());
        if (connection.isEmpty()) {
            return GatewayResult.unknown("the link's connection no longer exists");
        }
        GatewayResult<GatewayPaymentLink> fetched = gateways.open(connection.get())
                .fetchPaymentLink(link.gatewayInvoiceId());
        fetched.fold(found -> {
            applyPayments(scope, link.providerType(), found);
            LinkStatus status = found.status() == LinkStatus.OPEN && link.status() == LinkStatus.RETIRED
                    ? LinkStatus.RETIRED : found.status();
            links.updateStatus(scope, link.invoiceId(), link.gatewayInvoiceId(), status, found.gatewayStatus());
            return status;
        }, refused -> link.status(), unknown -> link.status());
        return fetched;
    }

    /** Applies each settled payment the gateway reported on a link, each once. */
    public void applyPayments(Scope scope, String providerType, GatewayPaymentLink reported) {
        for (GatewayPayment payment : reported.payments()) {
            if (!payment.state().isSettled()) {
                continue;
            }
            String eventId = EVENT_ID_PREFIX + payment.gatewayPaymentId() + ":" + payment.state().wireName() + ":"
                    + payment.refunded().toDecimalString();
            GatewayEvent found = new GatewayEvent.PaymentEvent(eventId, EVENT_TYPE, clock.instant(), payment,
                    payment.payload());
            if (StorableEvents.problem(found).isEmpty()) {
                recorder.record(scope, providerType, found);
            }
        }
    }
}
