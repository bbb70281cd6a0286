package dev.paybridge.application.service.connection;

import dev.paybridge.application.gateway.GatewayConnections;
import dev.paybridge.application.gateway.GatewayProviders;
import dev.paybridge.application.outcome.Outcome;
import dev.paybridge.application.outcome.RefusalKind;
import dev.paybridge.application.page.Page;
import dev.paybridge.application.page.PageRequest;
import dev.paybridge.application.port.in.connection.ArchiveConnectionUseCase;
import dev.paybridge.application.port.in.connection.ConnectionView;
import dev.paybridge.application.port.in.connection.CreateConnectionCommand;
import dev.paybridge.application.port.in.connection.CreateConnectionUseCase;
import dev.paybridge.application.port.in.connection.GetConnectionUseCase;
import dev.paybridge.application.port.in.connection.ListConnectionsUseCase;
import dev.paybridge.application.port.in.connection.UpdateConnectionCommand;
import dev.paybridge.application.port.in.connection.UpdateConnectionUseCase;
import dev.paybridge.application.port.out.crypto.SecretBinding;
import dev.paybridge.application.port.out.crypto.SecretCipher;
import dev.paybridge.application.port.out.persistence.ConnectionRepository;
import dev.paybridge.application.port.out.persistence.Transactions;
import dev.paybridge.application.spi.PaymentGatewayProvider;
import dev.paybridge.domain.connection.Connection;
import dev.paybridge.domain.connection.ConnectionId;
import dev.paybridge.domain.connection.ConnectionSecrets;
import dev.paybridge.domain.connection.ConnectionStatus;
import dev.paybridge.domain.connection.GatewayMode;
import dev.paybridge.domain.tenant.Scope;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** Creates, reads, updates (rotating credentials) and archives gateway connections. */
public final class ConnectionService implements CreateConnectionUseCase, GetConnectionUseCase, ListConnectionsUseCase,
        UpdateConnectionUseCase, ArchiveConnectionUseCase {
    private final GatewayProviders providers;
    private final GatewayConnections gateways;
    private final ConnectionRepository connections;
    private final SecretCipher cipher;
    private final Transactions transactions;
    private final Clock clock;

    @Inject
    public ConnectionService(GatewayProviders providers, GatewayConnections gateways, ConnectionRepository connections,
            SecretCipher cipher, Transactions transactions, Clock clock) {
        this.providers = providers;
        this.gateways = gateways;
        this.connections = connections;
        this.cipher = cipher;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Outcome<ConnectionView> createConnection(CreateConnectionCommand command) {
        Optional<PaymentGatewayProvider> provider = providers.find(command.providerType());
        if (provider.isEmpty()) {
            return Outcome.invalid("providerType", "must be one of " + providers.types());
        }
        return CredentialRules.check(provider.get(), command.credentials()).flatMap(mode -> {
            ConnectionSecrets secrets = ConnectionSecrets.of(command.credentials());
            ConnectionId id = ConnectionId.generate();
            Instant now = clock.instant();
            Connection connection = new Connection(id, command.scope(), command.name(), command.providerType(),
                    ConnectionStatus.ACTIVE, mode, cipher.seal(secrets, new SecretBinding(command.scope(), id)),
                    command.metadata(), command.syncConfig(), null, now, now);
            if (!connections.insert(connection)) {
                return Outcome.refused(RefusalKind.ALREADY_EXISTS, "this environment already has an active "
                        + command.providerType() + " connection; archive it first");
            }
            return Outcome.done(view(connection, secrets));
        });
    }

    @Override
    public Outcome<ConnectionView> getConnection(Scope scope, ConnectionId id) {
        return connections.find(scope, id).map(this::view).map(Outcome::done)
                .orElseGet(() -> Outcome.notFound("connection"));
    }

    @Override
    public Page<ConnectionView> listConnections(Scope scope, Optional<String> providerType, ConnectionStatus status,
            PageRequest page) {
        return connections.list(scope, providerType, status, page).map(this::view);
    }

    @Override
    public Outcome<ConnectionView> updateConnection(UpdateConnectionCommand command) {
        return transactions.attempt(() -> {
            Optional<Connection> found = connections.findForUpdate(command.scope(), command.id());
            if (found.isEmpty()) {
                return Outcome.notFound("connection");
            }
            Connection connection = found.get();
            if (!connection.isActive()) {
                return Outcome.refused(RefusalKind.INVALID_STATE, "an archived connection cannot be changed");
            }
            SecretBinding binding = new SecretBinding(connection.scope(), connection.id());
            ConnectionSecrets secrets = cipher.open(connection.secrets(), binding)
                    .with(command.credentialReplacements());
            Outcome<GatewayMode> mode = command.credentialReplacements().isEmpty() ? Outcome.done(connection.mode())
                    : CredentialRules.check(gateways.provider(connection), secrets.asMap());
            return mode.map(checked -> {
                Connection updated = updated(connection, command, secrets, binding, checked);
                connections.update(updated);
                return view(updated, secrets);
            });
        });
    }

    private Connection updated(Connection connection, UpdateConnectionCommand command, ConnectionSecrets secrets,
            SecretBinding binding, GatewayMode mode) {
        Instant now = clock.instant();
        Connection result = connection;
        if (!command.credentialReplacements().isEmpty()) {
            result = result.withSecrets(cipher.seal(secrets, binding), mode, now);
        }
        if (command.name().isPresent()) {
            result = result.renamed(command.name().get(), now);
        }
        if (command.syncConfig().isPresent()) {
            result = result.withSyncConfig(command.syncConfig().get(), now);
        }
        if (command.metadata().isPresent()) {
            result = result.withMetadata(command.metadata().get(), now);
        }
        return result;
    }

    @Override
    public Outcome<ConnectionView> archiveConnection(Scope scope, ConnectionId id) {
        Outcome<ConnectionView> archived = transactions.attempt(() -> connections.findForUpdate(scope, id)
                .map(connection -> {
                    Connection result = connection.isActive() ? connection.archived(clock.instant()) : connection;
                    connections.update(result);
                    return Outcome.done(view(result));
                })
                .orElseGet(() -> Outcome.notFound("connection")));
        gateways.forget(id);
        return archived;
    }

    private ConnectionView view(Connection connection) {
        return view(connection, cipher.open(connection.secrets(), new SecretBinding(connection.scope(), connection.id())));
    }

    private ConnectionView view(Connection connection, ConnectionSecrets secrets) {
        Map<String, String> masked = providers.find(connection.providerType())
                .map(provider -> CredentialRules.mask(provider, secrets))
                .orElseGet(() -> CredentialRules.maskUnknown(secrets));
        return new ConnectionView(connection, masked);
    }
}
