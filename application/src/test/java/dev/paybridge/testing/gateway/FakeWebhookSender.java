package dev.paybridge.testing.gateway;

import dev.paybridge.application.spi.GatewayPayment;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;

/** Writes the webhook bodies the fake gateway would deliver, signed with a webhook secret. */
public final class FakeWebhookSender {
    private final Clock clock;
    private final String secret;
    private final AtomicInteger eventIds;

    FakeWebhookSender(Clock clock, String secret, AtomicInteger eventIds) {
        this.clock = clock;
        this.secret = secret;
        this.eventIds = eventIds;
    }

    /** The same sender with another secret (a forger's, or an old one after a rotation). */
    public FakeWebhookSender signedWith(String otherSecret) {
        return new FakeWebhookSender(clock, otherSecret, eventIds);
    }

    /** A new event about the payment as it is now. */
    public byte[] about(GatewayPayment payment) {
        return about(payment, nextEventId());
    }

    /** An event with a given id (the same id twice is a redelivery). */
    public byte[] about(GatewayPayment payment, String eventId) {
        return FakeWebhooks.paymentEvent(eventId, payment, secret, clock.instant());
    }

    /** The gateway asks the endpoint to prove it receives its webhooks. */
    public byte[] challenge() {
        return FakeWebhooks.challenge(nextEventId(), "endpoint_1", "code-123", secret, clock.instant());
    }

    /** An event paybridge has no use for. */
    public byte[] other(String type) {
        return FakeWebhooks.other(nextEventId(), type, secret, clock.instant());
    }

    private String nextEventId() {
        return "evt_" + eventIds.incrementAndGet();
    }
}
