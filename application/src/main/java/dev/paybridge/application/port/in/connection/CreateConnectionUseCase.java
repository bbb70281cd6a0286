package dev.paybridge.application.port.in.connection;

import dev.paybridge.application.outcome.Outcome;

/** Connects a tenant environment to a gateway, storing its credentials sealed. */
public interface CreateConnectionUseCase {

    /**
     * The new connection; refused when the provider is unknown or refuses the credentials (validation, naming each
     * field) or the environment already has an active connection of that provider (already exists).
     */
    Outcome<ConnectionView> createConnection(CreateConnectionCommand command);
}
