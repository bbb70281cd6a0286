package dev.paybridge.application.gateway;

import dev.paybridge.application.port.out.GatewayCallSlots;
import dev.paybridge.application.port.out.cache.BoundedCache;
import dev.paybridge.application.port.out.cache.Caches;
import dev.paybridge.application.port.out.crypto.SecretBinding;
import dev.paybridge.application.port.out.crypto.SecretCipher;
import dev.paybridge.application.spi.PaymentGateway;
import dev.paybridge.application.spi.PaymentGatewayProvider;
import dev.paybridge.domain.connection.Connection;
import dev.paybridge.domain.connection.ConnectionId;
import dev.paybridge.domain.connection.SealedSecrets;
import jakarta.inject.Inject;

/**
 * Opens a connection's gateway: finds its plugin and hands it the decrypted credentials. An opened gateway is kept
 * (the most recently used ones, in a bounded cache) while the connection's sealed credentials stay the same (a
 * rotation seals new ones), so a webhook does not pay for a decryption; the plaintext lives only inside the plugin's
 * gateway object, never in a log or a response. Each network call of an opened gateway takes a
 * {@link GatewayCallSlots} slot.
 */
public final class GatewayConnections {
    /** How many opened gateways are kept; beyond that the least recently used are opened again when needed. */
    static final int MAX_KEPT = 1024;
    private final GatewayProviders providers;
    private final SecretCipher cipher;
    private final GatewayCallSlots slots;
    private final BoundedCache<ConnectionId, Opened> kept;

    @Inject
    public GatewayConnections(GatewayProviders providers, SecretCipher cipher, GatewayCallSlots slots, Caches caches) {
        this.providers = providers;
        this.cipher = cipher;
        this.slots = slots;
        this.kept = caches.bounded(MAX_KEPT);
    }

    public PaymentGatewayProvider provider(Connection connection) {
        return providers.find(connection.providerType()).orElseThrow(() -> new IllegalStateException(
                "connection " + connection.id() + " uses provider " + connection.providerType()
                        + ", which is not loaded"));
    }

    public PaymentGateway open(Connection connection) {
        Opened opened = kept.get(connection.id(), id -> openNow(connection));
        if (opened.sealed().equals(connection.secrets())) {
            return opened.gateway();
        }
        kept.invalidate(connection.id());
        return kept.get(connection.id(), id -> openNow(connection)).gateway();
    }

    /** Drops the kept gateway of a connection that is no longer used (archived), with the credentials it holds. */
    public void forget(ConnectionId id) {
        kept.invalidate(id);
    }

    private Opened openNow(Connection connection) {
        PaymentGateway gateway = provider(connection).open(
                cipher.open(connection.secrets(), new SecretBinding(connection.scope(), connection.id())));
        return new Opened(connection.secrets(), new SlottedGateway(gateway, slots));
    }

    private record Opened(SealedSecrets sealed, PaymentGateway gateway) {
    }
}
