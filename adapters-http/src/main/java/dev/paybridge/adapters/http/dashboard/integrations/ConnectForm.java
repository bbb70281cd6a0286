package dev.paybridge.adapters.http.dashboard.integrations;

import dev.paybridge.adapters.http.dashboard.web.FieldErrors;
import dev.paybridge.application.port.in.gateway.GatewayDescription;
import java.util.List;

/**
 * The "Add a connection" form of one gateway: its credential inputs, the webhook set-ups it offers (automatic only
 * when the plugin registers webhooks), what was entered (never a credential), and what the use case refused.
 */
public record ConnectForm(GatewayDescription gateway, List<CredentialInput> inputs, String name, String webhookSetup,
        FieldErrors errors, String refusal) {
    public static final String NAME = "name";
    public static final String WEBHOOK_SETUP = "webhook_setup";

    public static ConnectForm empty(GatewayDescription gateway) {
        return new ConnectForm(gateway, CredentialInput.of(gateway.credentialFields()), gateway.displayName(),
                "manual", FieldErrors.none(), null);
    }

    public String action() {
        return "/dashboard/integrations/" + gateway.providerType() + "/connect";
    }
}
