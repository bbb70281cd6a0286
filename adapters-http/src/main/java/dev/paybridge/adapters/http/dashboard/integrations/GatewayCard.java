package dev.paybridge.adapters.http.dashboard.integrations;

import dev.paybridge.application.port.in.connection.ConnectionView;
import java.util.Optional;

/** One loaded gateway plugin on the Integrations page, with the environment's active connection to it, if any. */
public record GatewayCard(String providerType, String displayName, boolean registersWebhooks,
        Optional<ConnectionView> connection) {
}
