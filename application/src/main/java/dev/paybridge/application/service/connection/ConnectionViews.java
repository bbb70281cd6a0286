package dev.paybridge.application.service.connection;

import dev.paybridge.application.gateway.GatewayProviders;
import dev.paybridge.application.gateway.WebhookUrls;
import dev.paybridge.application.port.in.connection.ConnectionView;
import dev.paybridge.application.port.out.crypto.SecretBinding;
import dev.paybridge.application.port.out.crypto.SecretCipher;
import dev.paybridge.domain.connection.Connection;
import dev.paybridge.domain.connection.ConnectionSecrets;
import jakarta.inject.Inject;
import java.util.Map;

/** Shows a connection: its secrets masked by its plugin's rules, and its webhook URL. */
public final class ConnectionViews {
    private final GatewayProviders providers;
    private final SecretCipher cipher;
    private final WebhookUrls urls;

    @Inject
    public ConnectionViews(GatewayProviders providers, SecretCipher cipher, WebhookUrls urls) {
        this.providers = providers;
        this.cipher = cipher;
        this.urls = urls;
    }

    public ConnectionView of(Connection connection) {
        return of(connection, cipher.open(connection.secrets(), new SecretBinding(connection.scope(), connection.id())));
    }

    /** With the secrets already at hand (just sealed or opened). */
    public ConnectionView of(Connection connection, ConnectionSecrets secrets) {
        Map<String, String> masked = providers.find(connection.providerType())
                .map(provider -> CredentialRules.mask(provider, secrets))
                .orElseGet(() -> CredentialRules.maskUnknown(secrets));
        return new ConnectionView(connection, masked, urls.of(connection));
    }
}
