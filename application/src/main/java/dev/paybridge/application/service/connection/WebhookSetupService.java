package dev.paybridge.application.service.connection;

import dev.paybridge.application.gateway.GatewayConnections;
import dev.paybridge.application.outcome.Outcome;
import dev.paybridge.application.outcome.RefusalKind;
import dev.paybridge.application.port.in.connection.ConnectionView;
import dev.paybridge.application.port.in.connection.SetUpWebhookUseCase;
import dev.paybridge.application.port.out.SyncSignal;
import dev.paybridge.application.port.out.persistence.ConnectionRepository;
import dev.paybridge.application.port.out.persistence.Transactions;
import dev.paybridge.domain.connection.Connection;
import dev.paybridge.domain.connection.ConnectionId;
import dev.paybridge.domain.connection.WebhookSetup;
import dev.paybridge.domain.tenant.Scope;
import jakarta.inject.Inject;
import java.util.Optional;

/** Runs a connection's webhook set-up again: registration (automatic) or a new challenge (manual), in the background. */
public final class WebhookSetupService implements SetUpWebhookUseCase {
    private final ConnectionRepository connections;
    private final GatewayConnections gateways;
    private final WebhookJobs webhookJobs;
    private final ConnectionViews views;
    private final Transactions transactions;
    private final SyncSignal signal;

    @Inject
    public WebhookSetupService(ConnectionRepository connections, GatewayConnections gateways, WebhookJobs webhookJobs,
            ConnectionViews views, Transactions transactions, SyncSignal signal) {
        this.connections = connections;
        this.gateways = gateways;
        this.webhookJobs = webhookJobs;
        this.views = views;
        this.transactions = transactions;
        this.signal = signal;
    }

    @Override
    public Outcome<ConnectionView> setUpWebhook(Scope scope, ConnectionId id) {
        return transactions.attempt(() -> {
            Optional<Connection> found = connections.findForUpdate(scope, id);
            if (found.isEmpty()) {
                return Outcome.notFound("connection");
            }
            Connection connection = found.get();
            if (!connection.isActive()) {
                return Outcome.refused(RefusalKind.INVALID_STATE, "an archived connection has no webhook to set up");
            }
            if (gateways.provider(connection).webhookSetup().isEmpty()) {
                return Outcome.refused(RefusalKind.INVALID_STATE, "the " + connection.providerType()
                        + " plugin cannot set webhooks up at its gateway; register the webhook URL there by hand");
            }
            WebhookSetup next = connection.webhook().mode() == WebhookSetup.Mode.AUTOMATIC
                    ? connection.webhook().registering() : connection.webhook();
            connections.updateWebhook(scope, id, next);
            Connection queued = connection.withWebhook(next);
            webhookJobs.queueSetup(queued);
            return Outcome.done(views.of(queued));
        }).ifDone(view -> signal.wake());
    }
}
