package dev.paybridge.domain.connection;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * How a connection's gateway webhook is set up and where it stands: registered by a person ({@code MANUAL}) or by
 * paybridge ({@code AUTOMATIC}); its state; the gateway's id for it once known; the events it is subscribed to (when
 * known); when the gateway confirmed it, when an event last arrived, and why it failed if it did.
 */
public record WebhookSetup(Mode mode, State state, String gatewayWebhookId, List<String> events, Instant verifiedAt,
        Instant lastEventAt, String lastError) {
    public WebhookSetup {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(state, "state");
        events = events == null ? null : List.copyOf(events);
    }

    /** Who registers the webhook at the gateway. */
    public enum Mode {
        MANUAL, AUTOMATIC;

        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Mode fromWireName(String text) {
            return valueOf(text.toUpperCase(Locale.ROOT));
        }
    }

    /** Where the webhook stands at the gateway. */
    public enum State {
        /** Manual: nothing received yet. */
        UNCONFIRMED,
        /** Automatic: paybridge is registering it. */
        REGISTERING,
        /** The gateway asked to prove the endpoint (a challenge), or registered it unverified. */
        AWAITING_VERIFICATION,
        /** The gateway confirmed it, or an authentic event arrived. */
        VERIFIED,
        /** Registration or the challenge answer was refused for good ({@code lastError} says why). */
        FAILED;

        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static State fromWireName(String text) {
            return valueOf(text.toUpperCase(Locale.ROOT));
        }
    }

    /** A new connection's set-up: a manual one waits for its first event, an automatic one is being registered. */
    public static WebhookSetup initial(Mode mode) {
        return new WebhookSetup(mode, mode == Mode.MANUAL ? State.UNCONFIRMED : State.REGISTERING, null, null, null,
                null, null);
    }

    public WebhookSetup registering() {
        return new WebhookSetup(mode, State.REGISTERING, gatewayWebhookId, events, verifiedAt, lastEventAt, null);
    }

    /**
     * The gateway holds the webhook {@code id}, verified or still to be. A webhook already verified under that id
     * (its challenge answered while the registration's answer was on its way) stays verified.
     */
    public WebhookSetup registered(String id, List<String> subscribed, boolean verified, Instant at) {
        boolean confirmed = verified || (state == State.VERIFIED && id.equals(gatewayWebhookId));
        return new WebhookSetup(mode, confirmed ? State.VERIFIED : State.AWAITING_VERIFICATION, id, subscribed,
                confirmed ? (verifiedAt == null ? at : verifiedAt) : null, lastEventAt, null);
    }

    /** The gateway sent a challenge for its webhook {@code id}. */
    public WebhookSetup challenged(String id) {
        return new WebhookSetup(mode, State.AWAITING_VERIFICATION, id, events, null, lastEventAt, null);
    }

    /** The gateway confirmed the webhook (it accepted the answer, or an authentic event arrived). */
    public WebhookSetup verified(Instant at) {
        return new WebhookSetup(mode, State.VERIFIED, gatewayWebhookId, events, verifiedAt == null ? at : verifiedAt,
                lastEventAt, null);
    }

    public WebhookSetup failed(String error) {
        return new WebhookSetup(mode, State.FAILED, gatewayWebhookId, events, verifiedAt, lastEventAt, error);
    }

    public WebhookSetup eventAt(Instant at) {
        return new WebhookSetup(mode, state, gatewayWebhookId, events, verifiedAt, at, lastError);
    }
}
