package dev.paybridge.application.service.connection;

import dev.paybridge.application.port.out.jobs.Job;
import dev.paybridge.application.port.out.persistence.ConnectionRepository;
import dev.paybridge.application.port.out.persistence.Transactions;
import dev.paybridge.domain.connection.Connection;
import dev.paybridge.domain.connection.ConnectionId;
import dev.paybridge.domain.connection.WebhookSetup;
import dev.paybridge.domain.tenant.Scope;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Moves a connection's webhook set-up from the state stored now, under the row's lock: the set-up job, the challenge
 * job and the gateway's events each change it at their own time (often seconds after they read the connection), so
 * none may write back a state it read before the others' changes.
 */
public final class WebhookStates {
    private final ConnectionRepository connections;
    private final Transactions transactions;

    @Inject
    public WebhookStates(ConnectionRepository connections, Transactions transactions) {
        this.connections = connections;
        this.transactions = transactions;
    }

    /** The active connection a webhook job is for; empty once it was archived (the job is then not needed). */
    public Optional<Connection> activeConnectionOf(Job job) {
        return connections.find(job.key().scope(), job.connectionId()).filter(Connection::isActive);
    }

    /** Applies {@code change} to the stored set-up of an active connection; an archived or missing one is left. */
    public void change(Scope scope, ConnectionId id, UnaryOperator<WebhookSetup> change) {
        transactions.inTransaction(() -> {
            connections.findForUpdate(scope, id).filter(Connection::isActive).ifPresent(connection ->
                    connections.updateWebhook(scope, id, change.apply(connection.webhook())));
            return null;
        });
    }
}
