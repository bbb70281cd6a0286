package dev.paybridge.application.service.webhook;

import dev.paybridge.application.gateway.GatewayProviders;
import dev.paybridge.application.port.out.persistence.ConnectionRepository;
import dev.paybridge.application.port.out.persistence.PaymentTargets.PaymentTarget;
import dev.paybridge.application.service.connection.WebhookJobs;
import dev.paybridge.application.service.connection.WebhookStates;
import dev.paybridge.application.spi.GatewayEvent;
import dev.paybridge.domain.connection.Connection;
import dev.paybridge.domain.tenant.Scope;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Applies an event of any kind inside the caller's transaction: payment news is applied; a challenge marks the
 * webhook as awaiting verification and queues its answer; anything else is stored and not acted on.
 */
public final class EventApplication {
    private final PaymentEventApplier payments;
    private final ConnectionRepository connections;
    private final GatewayProviders providers;
    private final WebhookJobs webhookJobs;
    private final WebhookStates states;

    @Inject
    public EventApplication(PaymentEventApplier payments, ConnectionRepository connections, GatewayProviders providers,
            WebhookJobs webhookJobs, WebhookStates states) {
        this.payments = payments;
        this.connections = connections;
        this.providers = providers;
        this.webhookJobs = webhookJobs;
        this.states = states;
    }

    /** The gateway invoice whose payment target applying this event locks, if any. */
    Optional<String> paymentTargetOf(GatewayEvent event) {
        return event.fold(payment -> PaymentEventApplier.targetOf(payment.payment()), challenge -> Optional.empty(),
                other -> Optional.empty());
    }

    /** Applies the event, locking the payment target it needs. */
    EventOutcome apply(Scope scope, String providerType, GatewayEvent event) {
        return apply(scope, providerType, event, paymentTargetOf(event)
                .flatMap(gatewayInvoiceId -> payments.lock(scope, providerType, gatewayInvoiceId)));
    }

    /** Applies the event to the payment target the caller locked for it ({@link #paymentTargetOf}), if any. */
    EventOutcome apply(Scope scope, String providerType, GatewayEvent event, Optional<PaymentTarget> locked) {
        return event.fold(
                payment -> payments.apply(scope, providerType, payment.payment(), locked),
                challenge -> answer(scope, providerType, challenge),
                other -> EventOutcome.ignored(null));
    }

    private EventOutcome answer(Scope scope, String providerType, GatewayEvent.Challenge challenge) {
        Optional<Connection> connection = connections.findActive(scope, providerType);
        if (connection.isEmpty()) {
            return EventOutcome.ignored("no active " + providerType + " connection to answer the challenge for");
        }
        if (providers.find(providerType).flatMap(provider -> provider.webhookSetup()).isEmpty()) {
            return EventOutcome.ignored("the " + providerType + " plugin cannot answer its gateway's challenges");
        }
        states.change(scope, connection.get().id(), webhook -> webhook.challenged(challenge.endpointId()));
        webhookJobs.queueChallenge(connection.get(), challenge.endpointId(), challenge.code(), challenge.answerBy());
        return EventOutcome.processed();
    }
}
