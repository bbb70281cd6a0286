package dev.paybridge.testing.fakes;

import dev.paybridge.application.port.out.persistence.VerifierChangedException;
import dev.paybridge.application.port.out.persistence.WebhookVerifier;
import dev.paybridge.testing.fakes.InMemoryStore.Scoped;

/** The in-memory form of {@code verifier-unchanged.sql}: the verifying connection is still active with its secrets. */
final class VerifierChecks {
    private VerifierChecks() {
    }

    static void require(InMemoryStore store, WebhookVerifier verifier) {
        boolean unchanged = store.connections.get(new Scoped(verifier.scope(), verifier.connectionId().value()))
                .filter(connection -> connection.isActive() && connection.secrets().equals(verifier.secrets()))
                .isPresent();
        if (!unchanged) {
            throw new VerifierChangedException(verifier);
        }
    }
}
