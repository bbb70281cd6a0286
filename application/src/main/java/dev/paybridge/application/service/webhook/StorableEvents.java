package dev.paybridge.application.service.webhook;

import dev.paybridge.application.spi.GatewayEvent;
import dev.paybridge.application.spi.GatewayPayment;
import dev.paybridge.domain.webhook.WebhookEvent;
import java.util.Optional;

/**
 * The bounds an event must keep to be stored and applied: ids and types of a bounded length, without the NUL
 * character (PostgreSQL text cannot hold it). Checked before anything is written, so an event that cannot be kept
 * is refused at the door instead of failing on every retry.
 */
final class StorableEvents {
    static final int MAX_GATEWAY_ID_LENGTH = 255;

    private StorableEvents() {
    }

    /** What is wrong with the event, as {@code field} and message; empty when it can be stored and applied. */
    static Optional<Problem> problem(GatewayEvent event) {
        return bounded("id", event.eventId(), WebhookEvent.MAX_GATEWAY_EVENT_ID_LENGTH)
                .or(() -> bounded("type", event.gatewayType(), WebhookEvent.MAX_TYPE_LENGTH))
                .or(() -> event.fold(payment -> problem(payment.payment()), challenge ->
                        bounded("data", challenge.endpointId(), MAX_GATEWAY_ID_LENGTH), other -> Optional.empty()));
    }

    static Optional<Problem> problem(GatewayPayment payment) {
        return bounded("data", payment.gatewayPaymentId(), MAX_GATEWAY_ID_LENGTH)
                .or(() -> bounded("data", payment.gatewayInvoiceId(), MAX_GATEWAY_ID_LENGTH));
    }

    private static Optional<Problem> bounded(String field, String value, int maxLength) {
        if (value == null) {
            return Optional.empty();
        }
        if (value.length() > maxLength) {
            return Optional.of(new Problem(field, "holds an id or type longer than " + maxLength + " characters"));
        }
        if (value.indexOf('\u0000') >= 0) {
            return Optional.of(new Problem(field, "holds an id or type with the NUL character"));
        }
        return Optional.empty();
    }

    /** Which part of the delivery is at fault, and how. */
    record Problem(String field, String message) {
    }
}
