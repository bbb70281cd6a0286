package dev.paybridge.moyasar.simulator;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

/** Turns payment changes into event envelopes for the account's matching webhooks, and paid invoices into callbacks. */
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
        Instant createdAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        StoredAccount stored = state.accountByKey(account.secretKey()).orElseThrow();
        for (Webhook webhook : stored.webhooks.values()) {
            if (webhook.subscribesTo(wireType)) {
                String body = Json.write(WebhookJson.event(eventId, wireType, createdAt, webhook.sharedSecret(),
                        account, payment));
                Map<String, String> headers = sign
                        ? Map.of(WebhookSignature.HEADER, WebhookSignature.sign(webhook.sharedSecret(), body))
                        : Map.of();
                dispatcher.dispatch(new OutgoingDelivery(eventId, wireType, webhook.url(), webhook.httpMethod(),
                        body, headers));
            }
        }
    }

    @Override
    public void invoicePaid(Invoice invoice) {
        if (invoice.callbackUrl() != null) {
            dispatcher.dispatchWithoutFaults(new OutgoingDelivery(UUID.randomUUID().toString(), "invoice_callback",
                    invoice.callbackUrl(), "post", Json.write(InvoiceJson.full(invoice)), Map.of()));
        }
    }
}
