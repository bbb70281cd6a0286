package dev.paybridge.application.port.out.crypto;

import dev.paybridge.domain.connection.ConnectionId;
import dev.paybridge.domain.tenant.Scope;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/** What a sealed secret belongs to; bound into the ciphertext as associated data so it cannot be moved elsewhere. */
public record SecretBinding(Scope scope, ConnectionId connectionId) {
    public SecretBinding {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(connectionId, "connectionId");
    }

    public byte[] associatedData() {
        return ("paybridge/connection-secrets/v1|" + scope.tenantId() + "|" + scope.environmentId() + "|" + connectionId)
                .getBytes(StandardCharsets.UTF_8);
    }
}
