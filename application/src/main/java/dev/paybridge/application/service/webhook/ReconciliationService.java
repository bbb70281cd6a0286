package dev.paybridge.application.service.webhook;

import dev.paybridge.application.gateway.GatewayConnections;
import dev.paybridge.application.port.in.webhook.ReconcilePaymentsUseCase;
import dev.paybridge.application.port.out.persistence.ConnectionRepository;
import dev.paybridge.application.port.out.persistence.PaymentLinkRepository;
import dev.paybridge.application.port.out.persistence.PaymentLinkRepository.ScopedLink;
import dev.paybridge.application.spi.GatewayEvent;
import dev.paybridge.application.spi.GatewayEvent.EventType;
import dev.paybridge.application.spi.GatewayPayment;
import dev.paybridge.application.spi.GatewayPaymentLink;
import dev.paybridge.application.spi.GatewayResult;
import dev.paybridge.domain.connection.Connection;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The reconciliation sweep: asks the gateway about current, unpaid links and records what it finds as events, through
 * the same store-once-and-apply path as webhooks. Its event ids name the payment and its state, so a later (or
 * earlier) webhook for the same payment changes nothing twice.
 */
public final class ReconciliationService implements ReconcilePaymentsUseCase {
    static final String EVENT_ID_PREFIX = "reconciliation:";
    private static final int BATCH = 50;
    private final PaymentLinkRepository links;
    private final ConnectionRepository connections;
    private final GatewayConnections gateways;
    private final GatewayEventRecorder recorder;
    private final Duration interval;
    private final Clock clock;

    @Inject
    public ReconciliationService(PaymentLinkRepository links, ConnectionRepository connections,
            GatewayConnections gateways, GatewayEventRecorder recorder, ReconcileInterval interval, Clock clock) {
        this.links = links;
        this.connections = connections;
        this.gateways = gateways;
        this.recorder = recorder;
        this.interval = interval.value();
        this.clock = clock;
    }

    @Override
    public int reconcileDueLinks() {
        int looked = 0;
        List<ScopedLink> batch;
        do {
            batch = links.claimForReconciliation(clock.instant(), interval, BATCH);
            batch.forEach(this::reconcile);
            looked += batch.size();
        } while (batch.size() == BATCH);
        return looked;
    }

    private void reconcile(ScopedLink due) {
        Optional<Connection> connection = connections.find(due.scope(), due.link().connectionId());
        if (connection.isEmpty()) {
            return;
        }
        GatewayResult<GatewayPaymentLink> fetched = gateways.open(connection.get())
                .fetchPaymentLink(due.link().gatewayInvoiceId());
        if (!(fetched instanceof GatewayResult.Succeeded<GatewayPaymentLink> found)) {
            return;
        }
        for (GatewayPayment payment : found.value().payments()) {
            EventType type = switch (payment.state()) {
                case PAID -> EventType.PAYMENT_PAID;
                case FAILED -> EventType.PAYMENT_FAILED;
                case REFUNDED -> EventType.PAYMENT_REFUNDED;
                case VOIDED -> EventType.PAYMENT_VOIDED;
                default -> EventType.OTHER;
            };
            if (type != EventType.OTHER) {
                String eventId = EVENT_ID_PREFIX + payment.gatewayPaymentId() + ":" + payment.gatewayStatus() + ":"
                        + payment.refunded().toDecimalString();
                recorder.record(due.scope(), connection.get().providerType(), new GatewayEvent(eventId, type,
                        "reconciliation", clock.instant(), payment, storable(payment)));
            }
        }
        if (!due.link().status().equals(found.value().gatewayStatus())) {
            links.updateStatus(due.scope(), due.link().invoiceId(), due.link().gatewayInvoiceId(),
                    found.value().gatewayStatus());
        }
    }

    /** What the sweep saw, as a small JSON object for the event audit. */
    private static String storable(GatewayPayment payment) {
        return "{\"source\":\"reconciliation\",\"payment_id\":\"" + json(payment.gatewayPaymentId())
                + "\",\"invoice_id\":\"" + json(payment.gatewayInvoiceId()) + "\",\"status\":\""
                + json(payment.gatewayStatus()) + "\",\"amount\":\"" + payment.amount().toDecimalString()
                + "\",\"refunded\":\"" + payment.refunded().toDecimalString() + "\",\"currency\":\""
                + payment.amount().currency().code() + "\"}";
    }

    private static String json(String text) {
        return text == null ? "" : text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
