package dev.paybridge.application.service.connection;

import dev.paybridge.application.gateway.GatewayConnections;
import dev.paybridge.application.gateway.GatewayProviders;
import dev.paybridge.application.outcome.Outcome;
import dev.paybridge.application.outcome.RefusalKind;
import dev.paybridge.application.port.in.connection.ArchiveConnectionUseCase;
import dev.paybridge.application.port.in.connection.ConnectionView;
import dev.paybridge.application.port.in.connection.CreateConnectionCommand;
import dev.paybridge.application.port.in.connection.CreateConnectionUseCase;
import dev.paybridge.application.port.in.connection.UpdateConnectionCommand;
import dev.paybridge.application.port.in.connection.UpdateConnectionUseCase;
import dev.paybridge.application.port.out.SyncSignal;
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
import dev.paybridge.domain.connection.WebhookSetup;
import dev.paybridge.domain.tenant.Scope;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Creates, updates (rotating credentials) and archives gateway connections, queueing their webhook work at the
 * gateway in the same transaction.
 */
public final class ConnectionService implements CreateConnectionUseCase, UpdateConnectionUseCase,
        ArchiveConnectionUseCase {
    private static final SecureRandom RANDOM = new SecureRandom();
    private final GatewayProviders providers;
    private final GatewayConnections gateways;
    private final ConnectionRepository connections;
    private final SecretCipher cipher;
    private final WebhookJobs webhookJobs;
    private final ConnectionViews views;
    private final Transactions transactions;
    private final SyncSignal signal;
    private final Clock clock;

    @Inject
    public ConnectionService(GatewayProviders providers, GatewayConnections gateways, ConnectionRepository connections,
            SecretCipher cipher, WebhookJobs webhookJobs, ConnectionViews views, Transactions transactions,
            SyncSignal signal, Clock clock) {
        this.providers = providers;
        this.gateways = gateways;
        this.connections = connections;
        this.cipher = cipher;
        this.webhookJobs = webhookJobs;
        this.views = views;
        this.transactions = transactions;
        this.signal = signal;
        this.clock = clock;
    }

    @Override
    public Outcome<ConnectionView> createConnection(CreateConnectionCommand command) {
        Optional<PaymentGatewayProvider> provider = providers.find(command.providerType());
        if (provider.isEmpty()) {
            return Outcome.invalid("providerType", "must be one of " + providers.types());
        }
        boolean automatic = command.webhookSetup() == WebhookSetup.Mode.AUTOMATIC;
        if (automatic && provider.get().webhookSetup().isEmpty()) {
            return Outcome.invalid("webhookSetup", provider.get().displayName()
                    + " cannot register webhooks itself; use manual and register the webhook URL at the gateway");
        }
        Map<String, String> credentials = automatic ? withWebhookSecret(provider.get(), command.credentials())
                : command.credentials();
        Outcome<ConnectionView> created = CredentialRules.check(provider.get(), credentials)
                .flatMap(mode -> transactions.attempt(() -> insert(command, credentials, mode)));
        return automatic ? created.ifDone(view -> signal.wake()) : created;
    }

    private Outcome<ConnectionView> insert(CreateConnectionCommand command, Map<String, String> credentials,
            GatewayMode mode) {
        ConnectionSecrets secrets = ConnectionSecrets.of(credentials);
        ConnectionId id = ConnectionId.generate();
        Instant now = clock.instant();
        Connection connection = new Connection(id, command.scope(), command.name(), command.providerType(),
                ConnectionStatus.ACTIVE, mode, cipher.seal(secrets, new SecretBinding(command.scope(), id)),
                command.metadata(), command.syncConfig(), null, WebhookSetup.initial(command.webhookSetup()), now, now);
        if (!connections.insert(connection)) {
            return Outcome.refused(RefusalKind.ALREADY_EXISTS, "this environment already has an active "
                    + command.providerType() + " connection; archive it first");
        }
        if (connection.webhook().mode() == WebhookSetup.Mode.AUTOMATIC) {
            webhookJobs.queueSetup(connection);
        }
        return Outcome.done(view(connection, secrets));
    }

    /** The credentials, with a generated webhook secret (32 random bytes, URL-safe base64) when none was given. */
    private static Map<String, String> withWebhookSecret(PaymentGatewayProvider provider, Map<String, String> given) {
        String field = provider.webhookSetup().orElseThrow().secretField();
        if (given.containsKey(field)) {
            return given;
        }
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        Map<String, String> credentials = new HashMap<>(given);
        credentials.put(field, Base64.getUrlEncoder().withoutPadding().encodeToString(random));
        return credentials;
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
                boolean resetWebhook = rotatesWebhookSecret(connection, command);
                if (resetWebhook) {
                    updated = updated.withWebhook(updated.webhook().registering());
                    webhookJobs.queueSetup(updated);
                }
                connections.update(updated);
                return view(updated, secrets);
            });
        });
    }

    /** An automatic set-up whose webhook secret changes must give the gateway webhook the new one. */
    private boolean rotatesWebhookSecret(Connection connection, UpdateConnectionCommand command) {
        return connection.webhook().mode() == WebhookSetup.Mode.AUTOMATIC
                && gateways.provider(connection).webhookSetup()
                        .filter(support -> command.credentialReplacements().containsKey(support.secretField()))
                        .isPresent();
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
                    if (connection.isActive()) {
                        connections.update(connection.archived(clock.instant()));
                        String webhookId = connection.webhook().gatewayWebhookId();
                        if (connection.webhook().mode() == WebhookSetup.Mode.AUTOMATIC && webhookId != null) {
                            webhookJobs.queueDeletion(connection, webhookId);
                        }
                    }
                    return Outcome.done(view(connection.isActive() ? connection.archived(clock.instant()) : connection));
                })
                .orElseGet(() -> Outcome.notFound("connection")));
        gateways.forget(id);
        return archived.ifDone(view -> signal.wake());
    }

    private ConnectionView view(Connection connection) {
        return views.of(connection);
    }

    private ConnectionView view(Connection connection, ConnectionSecrets secrets) {
        return views.of(connection, secrets);
    }
}
