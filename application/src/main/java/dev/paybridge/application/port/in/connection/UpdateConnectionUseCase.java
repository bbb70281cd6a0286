package dev.paybridge.application.port.in.connection;

/** Renames, reconfigures or rotates the credentials of an active connection. */
public interface UpdateConnectionUseCase {

    ConnectionView updateConnection(UpdateConnectionCommand command);
}
