package dev.paybridge.application.port.in.connection;

import dev.paybridge.domain.connection.SyncConfig;
import dev.paybridge.domain.tenant.Scope;
import java.util.Map;
import java.util.Objects;

/** Everything needed to connect a tenant environment to a gateway. */
public record CreateConnectionCommand(
        Scope scope,
        String name,
        String providerType,
        Map<String, String> credentials,
        Map<String, String> metadata,
        SyncConfig syncConfig) {
    public CreateConnectionCommand {
        Objects.requireNonNull(scope, "scope");
        credentials = Map.copyOf(credentials);
        metadata = Map.copyOf(metadata);
        syncConfig = syncConfig == null ? SyncConfig.DEFAULT : syncConfig;
    }

    @Override
    public String toString() {
        return "CreateConnectionCommand[" + scope + ", " + name + ", " + providerType + ", credentials hidden]";
    }
}
