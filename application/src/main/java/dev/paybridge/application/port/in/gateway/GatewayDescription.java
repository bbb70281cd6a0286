package dev.paybridge.application.port.in.gateway;

import dev.paybridge.application.spi.CredentialField;
import java.util.List;
import java.util.Objects;

/**
 * A loaded gateway plugin as a client may present it: its provider type and name, the credential fields a connection
 * to it takes (with their descriptions), whether it can register webhooks itself (automatic set-up), and the events
 * a person registering its webhook by hand must select (empty when the gateway offers no choice).
 */
public record GatewayDescription(String providerType, String displayName, List<CredentialField> credentialFields,
        boolean registersWebhooks, List<String> webhookEvents) {
    public GatewayDescription {
        Objects.requireNonNull(providerType, "providerType");
        Objects.requireNonNull(displayName, "displayName");
        credentialFields = List.copyOf(credentialFields);
        webhookEvents = List.copyOf(webhookEvents);
    }
}
