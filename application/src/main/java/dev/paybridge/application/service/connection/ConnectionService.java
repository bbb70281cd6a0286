package dev.paybridge.application.service.connection;

import dev.paybridge.application.gateway.GatewayConnections;
import dev.paybridge.application.gateway.GatewayProviders;
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
import dev.paybridge.application.problem.FieldErrors;
import dev.paybridge.application.problem.Refusal;
import dev.paybridge.application.problem.RequestRefusedException;
import dev.paybridge.application.problem.TextRules;
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
    private final ConnectionRepository connections;
    private final SecretCipher cipher;
    private final Transactions transactions;
    private final Clock clock;
    private final GatewayConnections gateways;

    @Inject
    public ConnectionService(GatewayProviders providers, GatewayConnections gateways, ConnectionRepository connections,
            SecretCipher cipher, Transactions transactions, Clock clock) {
        this.gateways = gateways;
        this.providers = providers;
        this.connections = connections;
        this.cipher = cipher;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public ConnectionView createConnection(CreateConnectionCommand command) {
        FieldErrors errors = new FieldErrors();
        TextRules.checkName(errors, "name", command.name(), Connection.MAX_NAME_LENGTH);
        TextRules.checkMetadata(errors, "metadata", command.metadata());
        Optional<PaymentGatewayProvider> provider = providers.find(command.providerType());
        if (provider.isEmpty()) {
            errors.add("provider_type", "must be one of " + providers.types());
        }
        errors.throwIfAny();
        GatewayMode mode = CredentialRules.check(provider.orElseThrow(), command.credentials());
        ConnectionSecrets secrets = ConnectionSecrets.of(command.credentials());
        ConnectionId id = ConnectionId.generate();
        Instant now = clock.instant();
        Connection connection = new Connection(id, command.scope(), command.name(), command.providerType(),
                ConnectionStatus.ACTIVE, mode, cipher.seal(secrets, new SecretBinding(command.scope(), id)),
                command.metadata(), command.syncConfig(), null, now, now);
        if (!connections.insert(connection)) {
            throw new RequestRefusedException(Refusal.ALREADY_EXISTS, "this environment already has an active "
                    + command.providerType() + " connection; archive it first");
        }
        return view(connection, secrets);
    }

    @Override
    public ConnectionView getConnection(Scope scope, ConnectionId id) {
        return view(load(scope, id));
    }

    @Override
    public Page<ConnectionView> listConnections(Scope scope, Optional<String> providerType, ConnectionStatus status,
            PageRequest page) {
        return connections.list(scope, providerType, status, page).map(this::view);
    }

    @Override
    public ConnectionView updateConnection(UpdateConnectionCommand command) {
        FieldErrors errors = new FieldErrors();
        command.name().ifPresent(name -> TextRules.checkName(errors, "name", name, Connection.MAX_NAME_LENGTH));
        command.metadata().ifPresent(metadata -> TextRules.checkMetadata(errors, "metadata", metadata));
        errors.throwIfAny();
        return transactions.inTransaction(() -> {
            Connection connection = connections.findForUpdate(command.scope(), command.id())
                    .orElseThrow(() -> RequestRefusedException.notFound("connection"));
            if (!connection.isActive()) {
                throw new RequestRefusedException(Refusal.INVALID_STATE, "an archived connection cannot be changed");
            }
            Instant now = clock.instant();
            SecretBinding binding = new SecretBinding(connection.scope(), connection.id());
            ConnectionSecrets secrets = cipher.open(connection.secrets(), binding);
            Connection result = connection;
            if (!command.credentialReplacements().isEmpty()) {
                secrets = secrets.with(command.credentialReplacements());
                GatewayMode mode = CredentialRules.check(provider(connection), secrets.asMap());
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
            connections.update(result);
            return view(result, secrets);
        });
    }

    @Override
    public void archiveConnection(Scope scope, ConnectionId id) {
        transactions.inTransaction(() -> {
            Connection connection = connections.findForUpdate(scope, id)
                    .orElseThrow(() -> RequestRefusedException.notFound("connection"));
            if (connection.isActive()) {
                connections.update(connection.archived(clock.instant()));
            }
            return connection.id();
        });
        gateways.forget(id);
    }

    private Connection load(Scope scope, ConnectionId id) {
        return connections.find(scope, id).orElseThrow(() -> RequestRefusedException.notFound("connection"));
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

    private PaymentGatewayProvider provider(Connection connection) {
        return gateways.provider(connection);
    }
}
