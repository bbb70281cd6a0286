package dev.paybridge.testing.mothers;

import dev.paybridge.domain.connection.Connection;
import dev.paybridge.domain.connection.ConnectionId;
import dev.paybridge.domain.connection.ConnectionStatus;
import dev.paybridge.domain.connection.GatewayMode;
import dev.paybridge.domain.connection.SealedSecrets;
import dev.paybridge.domain.connection.SyncConfig;
import dev.paybridge.domain.connection.WebhookSetup;
import dev.paybridge.domain.tenant.Scope;
import java.time.Instant;
import java.util.Map;

/** Connections for tests: active, test mode, with opaque sealed secrets. */
public final class Connections {
    private Connections() {
    }

    public static Connection active(Scope scope, String providerType, Instant createdAt) {
        return new Connection(ConnectionId.generate(), scope, "Checkout", providerType, ConnectionStatus.ACTIVE,
                GatewayMode.TEST, new SealedSecrets(new byte[] {1, 2, 3}), Map.of("success_url", "https://x.test/ok"),
                new SyncConfig(false, true), null, WebhookSetup.initial(WebhookSetup.Mode.MANUAL), createdAt, createdAt);
    }
}
