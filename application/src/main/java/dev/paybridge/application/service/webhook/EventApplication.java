package dev.paybridge.application.service.webhook;

import dev.paybridge.application.spi.GatewayEvent;
import dev.paybridge.domain.tenant.Scope;
import jakarta.inject.Inject;

/** Applies an event of any kind inside the caller's transaction: payments are applied, anything else ignored. */
public final class EventApplication {
    private final PaymentEventApplier payments;

    @Inject
    public EventApplication(PaymentEventApplier payments) {
        this.payments = payments;
    }

    EventOutcome apply(Scope scope, String providerType, GatewayEvent event) {
        return event.fold(
                payment -> payments.apply(scope, providerType, payment.payment()),
                challenge -> EventOutcome.ignored("endpoint verification challenges are not answered yet"),
                other -> EventOutcome.ignored(null));
    }
}
