package dev.paybridge.application.port.in.connection;

import dev.paybridge.application.page.Page;
import dev.paybridge.application.page.PageRequest;
import dev.paybridge.domain.connection.ConnectionStatus;
import dev.paybridge.domain.tenant.Scope;
import java.util.Optional;

/** Lists a tenant environment's connections of one status, optionally of one provider. */
public interface ListConnectionsUseCase {

    Page<ConnectionView> listConnections(Scope scope, Optional<String> providerType, ConnectionStatus status,
            PageRequest page);
}
