package dev.paybridge.application.port.in.connection;

import dev.paybridge.application.outcome.Outcome;

/** Renames, reconfigures or rotates the credentials of an active connection. */
public interface UpdateConnectionUseCase {

    Outcome<ConnectionView> updateConnection(UpdateConnectionCommand command);
}
