package dev.paybridge.application.port.out.persistence;

import dev.paybridge.domain.connection.Connection;
import dev.paybridge.domain.connection.ConnectionId;
import dev.paybridge.domain.connection.SealedSecrets;
import dev.paybridge.domain.tenant.Scope;
import java.util.Objects;

/**
 * The connection whose secrets verified a webhook, as the verifier read it (perhaps a while ago, from a cache). Its
 * event is stored only if, in the storing transaction, that connection is still active with those same secrets: a
 * rotation or an archive made on any instance in the meantime refuses the store ({@link VerifierChangedException}).
 */
public record WebhookVerifier(Scope scope, ConnectionId connectionId, SealedSecrets secrets) {
    public WebhookVerifier {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(connectionId, "connectionId");
        Objects.requireNonNull(secrets, "secrets");
    }

    public static WebhookVerifier of(Connection connection) {
        return new WebhookVerifier(connection.scope(), connection.id(), connection.secrets());
    }
}
