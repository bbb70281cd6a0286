package dev.paybridge.moyasar.simulator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

/**
 * Turns payment changes into event envelopes for the account's matching webhooks (an unverified webhook's are
 * discarded for good), verification codes into {@code webhook_verification} events, and paid invoices into
 * callbacks.
 */
final class WebhookPublisher implements PaymentEvents {

    private final SimulatorState state;
    private final WebhookDispatcher dispatcher;
    private final boolean sign;
    private final boolean misspellFailed;
    private final Clock clock;

    WebhookPublisher(SimulatorState state, WebhookDispatcher dispatcher, SimulatorOptions options, Clock clock) {
        this.state = state;
        this.dispatcher = dispatcher;
        this.sign = options.signWebhooks();
        this.misspellFailed = options.misspellFailedEvent();
        this.clock = clock;
    }

    @Override
    public void paymentChanged(SimulatedAccount account, String eventType, Payment payment) {
        String wireType = misspellFailed && eventType.equals(WebhookEvents.PAYMENT_FAILED)
                ? WebhookEvents.PAYMENT_FAILED_MISSPELLED : eventType;
        String eventId = UUID.randomUUID().toString();
        Instant createdAt = now();
        StoredAccount stored = state.accountByKey(account.secretKey()).orElseThrow();
        for (StoredWebhook candidate : stored.webhooks.values()) {
            Webhook webhook = candidate.snapshot();
            if (webhook.subscribesTo(wireType)) {
                ObjectNode event = WebhookJson.paymentEvent(eventId, wireType, createdAt, webhook.sharedSecret(),
                        account, payment);
                OutgoingDelivery delivery = delivery(eventId, wireType, webhook, event, true);
                if (webhook.verified()) {
                    dispatcher.dispatch(delivery);
                } else {
                    dispatcher.discarded(delivery, "not sent: the webhook is not verified");
                }
            }
        }
    }

    /** Sends a verification code to its webhook: once, without retries. */
    void verificationRequested(SimulatedAccount account, Webhook webhook, String code) {
        String eventId = UUID.randomUUID().toString();
        ObjectNode event = WebhookJson.verificationEvent(eventId, now(), webhook.sharedSecret(), account,
                webhook.id(), code);
        dispatcher.dispatch(delivery(eventId, WebhookEvents.WEBHOOK_VERIFICATION, webhook, event, false));
    }

    @Override
    public void invoicePaid(Invoice invoice) {
        if (invoice.callbackUrl() != null) {
            dispatcher.dispatchWithoutFaults(new OutgoingDelivery(UUID.randomUUID().toString(), "invoice_callback",
                    invoice.callbackUrl(), "post", Json.write(InvoiceJson.full(invoice)), Map.of(), true));
        }
    }

    private OutgoingDelivery delivery(String eventId, String type, Webhook webhook, ObjectNode event,
                                      boolean retried) {
        String body = Json.write(event);
        Map<String, String> headers = sign
                ? Map.of(WebhookSignature.HEADER, WebhookSignature.sign(webhook.sharedSecret(), body))
                : Map.of();
        return new OutgoingDelivery(eventId, type, webhook.url(), webhook.httpMethod(), body, headers, retried);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
