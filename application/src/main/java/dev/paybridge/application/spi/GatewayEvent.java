package dev.paybridge.application.spi;

import java.time.Instant;
import java.util.Objects;
import java.util.function.Function;

/**
 * A verified webhook delivery, in paybridge's words: news about a payment, an endpoint-verification challenge the
 * gateway wants answered, or anything else (stored and not acted on). Every kind has the gateway's stable event id
 * (the key that makes it apply once), the gateway's own name for its type, and the payload as it may be stored and
 * shown: a JSON object with every secret removed.
 */
public sealed interface GatewayEvent {

    String eventId();

    String gatewayType();

    Instant createdAt();

    String storablePayload();

    /** The one way to read an event: one function per kind. */
    <R> R fold(Function<PaymentEvent, R> payment, Function<Challenge, R> challenge, Function<Other, R> other);

    /** What the gateway says about one payment now; the core records it once and derives the invoice from it. */
    record PaymentEvent(String eventId, String gatewayType, Instant createdAt, GatewayPayment payment,
            String storablePayload) implements GatewayEvent {
        public PaymentEvent {
            requireCommon(eventId, gatewayType, storablePayload);
            Objects.requireNonNull(payment, "payment");
        }

        @Override
        public <R> R fold(Function<PaymentEvent, R> payment, Function<Challenge, R> challenge, Function<Other, R> other) {
            return payment.apply(this);
        }
    }

    /**
     * The gateway asks to prove that this endpoint received {@code code} for its webhook {@code endpointId} (Moyasar:
     * {@code webhook_verification}), before {@code answerBy} (null: no deadline); until it is answered the gateway
     * may deliver nothing. The code is a secret of the moment: it is never in {@code storablePayload}.
     */
    record Challenge(String eventId, String gatewayType, Instant createdAt, String endpointId, String code,
            Instant answerBy, String storablePayload) implements GatewayEvent {
        public Challenge {
            requireCommon(eventId, gatewayType, storablePayload);
            Objects.requireNonNull(endpointId, "endpointId");
            Objects.requireNonNull(code, "code");
        }

        @Override
        public <R> R fold(Function<PaymentEvent, R> payment, Function<Challenge, R> challenge, Function<Other, R> other) {
            return challenge.apply(this);
        }

        @Override
        public String toString() {
            return "Challenge[" + eventId + ", endpoint " + endpointId + ", code hidden]";
        }
    }

    /** An authentic event paybridge does not act on (a balance transfer, a payout, …): stored as ignored. */
    record Other(String eventId, String gatewayType, Instant createdAt, String storablePayload) implements GatewayEvent {
        public Other {
            requireCommon(eventId, gatewayType, storablePayload);
        }

        @Override
        public <R> R fold(Function<PaymentEvent, R> payment, Function<Challenge, R> challenge, Function<Other, R> other) {
            return other.apply(this);
        }
    }

    private static void requireCommon(String eventId, String gatewayType, String storablePayload) {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(gatewayType, "gatewayType");
        Objects.requireNonNull(storablePayload, "storablePayload");
    }
}
