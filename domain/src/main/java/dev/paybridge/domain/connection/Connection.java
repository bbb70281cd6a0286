package dev.paybridge.domain.connection;

import dev.paybridge.domain.tenant.Scope;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/** A tenant environment's link to one payment gateway, holding its credentials sealed. */
public record Connection(
        ConnectionId id,
        Scope scope,
        String name,
        String providerType,
        ConnectionStatus status,
        GatewayMode mode,
        SealedSecrets secrets,
        Map<String, String> metadata,
        SyncConfig syncConfig,
        ConnectionTest lastTest,
        WebhookSetup webhook,
        Instant createdAt,
        Instant updatedAt) {
    public static final int MAX_NAME_LENGTH = 200;

    public Connection {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(providerType, "providerType");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(secrets, "secrets");
        Objects.requireNonNull(syncConfig, "syncConfig");
        Objects.requireNonNull(webhook, "webhook");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        metadata = Map.copyOf(metadata);
    }

    public boolean isActive() {
        return status == ConnectionStatus.ACTIVE;
    }

    public Connection renamed(String newName, Instant now) {
        return new Connection(id, scope, newName, providerType, status, mode, secrets, metadata, syncConfig, lastTest,
                webhook, createdAt, now);
    }

    public Connection withMetadata(Map<String, String> newMetadata, Instant now) {
        return new Connection(id, scope, name, providerType, status, mode, secrets, newMetadata, syncConfig, lastTest,
                webhook, createdAt, now);
    }

    public Connection withSyncConfig(SyncConfig newSyncConfig, Instant now) {
        return new Connection(id, scope, name, providerType, status, mode, secrets, metadata, newSyncConfig, lastTest,
                webhook, createdAt, now);
    }

    /** Rotated credentials; the mode follows the new keys. */
    public Connection withSecrets(SealedSecrets newSecrets, GatewayMode newMode, Instant now) {
        return new Connection(id, scope, name, providerType, status, newMode, newSecrets, metadata, syncConfig,
                lastTest, webhook, createdAt, now);
    }

    public Connection withWebhook(WebhookSetup newWebhook) {
        return new Connection(id, scope, name, providerType, status, mode, secrets, metadata, syncConfig, lastTest,
                newWebhook, createdAt, updatedAt);
    }

    public Connection archived(Instant now) {
        return new Connection(id, scope, name, providerType, ConnectionStatus.ARCHIVED, mode, secrets, metadata, syncConfig,
                lastTest, webhook, createdAt, now);
    }
}
