package dev.paybridge.application.spi;

import dev.paybridge.domain.connection.ConnectionSecrets;
import dev.paybridge.domain.money.CurrencyUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A payment gateway plugin, found with {@link java.util.ServiceLoader}: it describes the gateway and checks the
 * credentials a connection to it needs. Implementations must be stateless and thread-safe.
 */
public interface PaymentGatewayProvider {

    /** The stable lower-case name used in the API and in webhook URLs, e.g. {@code "moyasar"}. */
    String providerType();

    /** A human-readable name, e.g. {@code "Moyasar"}. */
    String displayName();

    /** Every credential field a connection may carry; fields not listed here are refused. */
    List<CredentialField> credentialFields();

    /**
     * Checks the format and consistency of a credential set. The core reports unknown, missing and blank fields
     * itself and passes only the declared, non-blank ones, so a required field may be absent here: check what is
     * present, so one answer names every problem. Nothing is sent to the gateway: this decides no money.
     */
    CredentialCheck checkCredentials(Map<String, String> credentials);

    /**
     * Called once at start-up, before any {@link #open}. A setting it cannot use is refused with an
     * {@link IllegalArgumentException} whose message starts with the setting's environment variable.
     */
    void configure(GatewaySettings settings);

    /**
     * The currency as this gateway counts it (its own minor-unit exponent, which may differ from ISO 4217), or empty
     * when the gateway does not take the currency.
     */
    Optional<CurrencyUnit> currency(String code);

    /**
     * Reads back an event from the payload stored at receipt ({@link GatewayEvent#storablePayload()}), to apply it
     * again on replay. No authentication happens here: the payload was verified when it arrived.
     */
    GatewayEvent readStoredEvent(String storablePayload);

    /** A gateway client for one connection's credentials, already accepted by {@link #checkCredentials}. */
    PaymentGateway open(ConnectionSecrets credentials);

    /**
     * The gateway's names of the events a webhook must be subscribed to for paybridge to hear of every payment (a
     * person registering the webhook by hand is told to select them); empty, the default, when the gateway offers no
     * choice. Informative only: which events are acted on is decided by {@link PaymentGateway}'s webhook parsing.
     */
    default List<String> webhookEvents() {
        return List.of();
    }

    /**
     * Present when the plugin registers webhooks at its gateway itself (then every gateway it opens offers
     * {@link PaymentGateway#webhooks()}); empty, the default, when a person registers them by hand.
     */
    default Optional<WebhookSetupSupport> webhookSetup() {
        return Optional.empty();
    }

    /**
     * Called once, on a background thread, after the service answers requests: builds what the first gateway call
     * would otherwise build while a job or a request waits for it (an HTTP client and its TLS context). Sends nothing
     * to the gateway. Does nothing by default.
     */
    default void warmUp() {
    }
}
