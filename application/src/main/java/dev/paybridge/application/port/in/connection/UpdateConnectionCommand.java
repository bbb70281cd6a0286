package dev.paybridge.application.port.in.connection;

import dev.paybridge.application.command.TextRules;
import dev.paybridge.application.outcome.Violations;
import dev.paybridge.domain.connection.Connection;
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
        metadata = metadata.map(Map::copyOf);
        credentialReplacements = Map.copyOf(credentialReplacements);
        Violations violations = new Violations();
        name.ifPresent(text -> TextRules.checkName(violations, "name", text, Connection.MAX_NAME_LENGTH));
        metadata.ifPresent(values -> TextRules.checkMetadata(violations, "metadata", values));
        CredentialValues.check(violations, credentialReplacements);
        violations.throwIfAny();
    }

    @Override
    public String toString() {
        return "UpdateConnectionCommand[" + scope + ", " + id + ", fields " + credentialReplacements.keySet() + "]";
    }
}
