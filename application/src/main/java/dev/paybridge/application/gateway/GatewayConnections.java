package dev.paybridge.application.gateway;

import dev.paybridge.application.port.out.crypto.SecretBinding;
import dev.paybridge.application.port.out.crypto.SecretCipher;
import dev.paybridge.application.spi.PaymentGateway;
import dev.paybridge.application.spi.PaymentGatewayProvider;
import dev.paybridge.domain.connection.Connection;
import jakarta.inject.Inject;

/** Opens a connection's gateway: finds its plugin and hands it the decrypted credentials. */
public final class GatewayConnections {
    private final GatewayProviders providers;
    private final SecretCipher cipher;

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
        return provider(connection).open(
                cipher.open(connection.secrets(), new SecretBinding(connection.scope(), connection.id())));
    }
}
