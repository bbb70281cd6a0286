package dev.paybridge.application.service.connection;

import dev.paybridge.application.gateway.GatewayConnections;
import dev.paybridge.application.port.out.jobs.Job;
import dev.paybridge.application.port.out.jobs.JobKind;
import dev.paybridge.application.port.out.persistence.ConnectionRepository;
import dev.paybridge.application.service.jobs.JobHandler;
import dev.paybridge.application.service.jobs.JobResult;
import dev.paybridge.domain.connection.Connection;
import jakarta.inject.Inject;
import java.util.Optional;

/** Deletes an archived connection's gateway webhook, retried until the gateway confirms. */
public final class WebhookDeletionJob implements JobHandler {
    private final ConnectionRepository connections;
    private final GatewayConnections gateways;

    @Inject
    public WebhookDeletionJob(ConnectionRepository connections, GatewayConnections gateways) {
        this.connections = connections;
        this.gateways = gateways;
    }

    @Override
    public JobKind kind() {
        return JobKind.WEBHOOK_DELETION;
    }

    @Override
    public JobResult run(Job job) {
        Optional<Connection> connection = connections.find(job.key().scope(), job.connectionId());
        if (connection.isEmpty()) {
            return JobResult.notNeeded();
        }
        return gateways.open(connection.get()).webhooks()
                .map(webhooks -> webhooks.delete(job.data(WebhookJobs.WEBHOOK_ID)).fold(
                        deleted -> JobResult.done(),
                        refused -> JobResult.failed("the gateway refused to delete the webhook: " + refused.describe()),
                        unknown -> JobResult.retry(unknown.cause())))
                .orElseGet(() -> JobResult.failed("the " + connection.get().providerType()
                        + " plugin cannot delete webhooks"));
    }
}
