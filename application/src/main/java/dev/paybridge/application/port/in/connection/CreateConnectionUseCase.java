package dev.paybridge.application.port.in.connection;

/** Connects a tenant environment to a gateway, storing its credentials sealed. */
public interface CreateConnectionUseCase {

    /** The new connection; refuses bad fields (validation) and a second active one per provider (already exists). */
    ConnectionView createConnection(CreateConnectionCommand command);
}
