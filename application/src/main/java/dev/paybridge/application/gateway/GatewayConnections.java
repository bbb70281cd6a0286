package dev.paybridge.application.gateway;

import dev.paybridge.application.port.out.crypto.SecretBinding;
import dev.paybridge.application.port.out.crypto.SecretCipher;
import dev.paybridge.application.spi.PaymentGateway;
import dev.paybridge.application.spi.PaymentGatewayProvider;
import dev.paybridge.domain.connection.Connection;
import dev.paybridge.domain.connection.ConnectionId;
import dev.paybridge.domain.connection.SealedSecrets;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Opens a connection's gateway: finds its plugin and hands it the decrypted credentials. An opened gateway is kept
 * while the connection's sealed credentials stay the same (a rotation seals new ones), so a webhook does not pay
 * for a decryption; the plaintext lives only inside the plugin's gateway object, never in a log or a response.
 */
public final class GatewayConnections {
    /** More connections in use than this and the kept gateways are dropped and opened again as needed. */
    static final int MAX_KEPT = 1024;
    private final GatewayProviders providers;
    private final SecretCipher cipher;
    private final Map<ConnectionId, Opened> kept = new ConcurrentHashMap<>();

    @Inject
    public GatewayConnections(GatewayProviders providers, SecretCipher cipher) {
        this.providers = providers;
        this.cipher = cipher;
    }

    public PaymentGatewayProvider provider(Connection connection) {
        return providers.find(connection.providerType()).orElseThrow(() -> new IllegalStateException(
                "connection " + connection.id() + " uses provider " + connection.providerType()
                        + ", which is not loaded"));
    }

    public PaymentGateway open(Connection connection) {
        Opened opened = kept.get(connection.id());
        if (opened != null && opened.sealed().equals(connection.secrets())) {
            return opened.gateway();
        }
        PaymentGateway gateway = provider(connection).open(
                cipher.open(connection.secrets(), new SecretBinding(connection.scope(), connection.id())));
        if (kept.size() >= MAX_KEPT) {
            kept.clear();
        }
        kept.put(connection.id(), new Opened(connection.secrets(), gateway));
        return gateway;
    }

    /** Drops the kept gateway of a connection that is no longer used (archived), with the credentials it holds. */
    public void forget(ConnectionId id) {
        kept.remove(id);
    }

    private record Opened(SealedSecrets sealed, PaymentGateway gateway) {
    }
}
