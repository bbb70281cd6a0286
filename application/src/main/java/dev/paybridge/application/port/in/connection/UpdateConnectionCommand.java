package dev.paybridge.application.port.in.connection;

import dev.paybridge.domain.connection.ConnectionId;
import dev.paybridge.domain.connection.SyncConfig;
import dev.paybridge.domain.tenant.Scope;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** A partial update; only the credential fields given are replaced (key rotation). */
public record UpdateConnectionCommand(
        Scope scope,
        ConnectionId id,
        Optional<String> name,
        Optional<Map<String, String>> metadata,
        Optional<SyncConfig> syncConfig,
        Map<String, String> credentialReplacements) {
    public UpdateConnectionCommand {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(id, "id");
        credentialReplacements = Map.copyOf(credentialReplacements);
    }

    @Override
    public String toString() {
        return "UpdateConnectionCommand[" + scope + ", " + id + ", fields " + credentialReplacements.keySet() + "]";
    }
}
