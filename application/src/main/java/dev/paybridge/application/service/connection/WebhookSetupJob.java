package dev.paybridge.application.service.connection;

import dev.paybridge.application.gateway.GatewayConnections;
import dev.paybridge.application.gateway.WebhookUrls;
import dev.paybridge.application.port.out.jobs.Job;
import dev.paybridge.application.port.out.jobs.JobKind;
import dev.paybridge.application.service.jobs.JobHandler;
import dev.paybridge.application.service.jobs.JobResult;
import dev.paybridge.application.spi.GatewayResult;
import dev.paybridge.application.spi.GatewayWebhook;
import dev.paybridge.application.spi.GatewayWebhooks;
import dev.paybridge.domain.connection.Connection;
import dev.paybridge.domain.connection.WebhookSetup;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;

/**
 * Sets a connection's gateway webhook up. Automatic: looks for a webhook already calling our URL (a retry after an
 * unknown outcome must not register two) and updates it to the current secret, else registers one. Manual: finds the
 * webhook the person registered and asks the gateway for a new challenge.
 */
public final class WebhookSetupJob implements JobHandler {
    private final WebhookStates states;
    private final GatewayConnections gateways;
    private final WebhookUrls urls;
    private final Clock clock;

    @Inject
    public WebhookSetupJob(WebhookStates states, GatewayConnections gateways, WebhookUrls urls, Clock clock) {
        this.states = states;
        this.gateways = gateways;
        this.urls = urls;
        this.clock = clock;
    }

    @Override
    public JobKind kind() {
        return JobKind.WEBHOOK_SETUP;
    }

    @Override
    public JobResult run(Job job) {
        return states.activeConnectionOf(job).map(this::setUp).orElseGet(JobResult::notNeeded);
    }

    private JobResult setUp(Connection connection) {
        Optional<GatewayWebhooks> webhooks = gateways.open(connection).webhooks();
        if (webhooks.isEmpty()) {
            return failed(connection, "the " + connection.providerType() + " plugin cannot set webhooks up");
        }
        String url = urls.of(connection);
        return webhooks.get().find(url).fold(
                existing -> connection.webhook().mode() == WebhookSetup.Mode.AUTOMATIC
                        ? settle(connection, existing.map(hook -> webhooks.get().update(hook.id(), url))
                                .orElseGet(() -> webhooks.get().register(url)))
                        : challengeAgain(connection, webhooks.get(), existing, url),
                refused -> failed(connection, refused.describe()),
                unknown -> JobResult.retry(unknown.cause()));
    }

    private JobResult challengeAgain(Connection connection, GatewayWebhooks webhooks, Optional<GatewayWebhook> existing,
            String url) {
        if (existing.isEmpty()) {
            return failed(connection, "no webhook at the gateway calls " + url + "; register it there first");
        }
        if (existing.get().verified()) {
            return settle(connection, GatewayResult.succeeded(existing.get()));
        }
        return webhooks.requestChallenge(existing.get().id()).fold(
                hook -> {
                    states.change(connection.scope(), connection.id(), webhook -> webhook.challenged(hook.id()));
                    return JobResult.done();
                },
                refused -> failed(connection, refused.describe()),
                unknown -> JobResult.retry(unknown.cause()));
    }

    private JobResult settle(Connection connection, GatewayResult<GatewayWebhook> result) {
        return result.fold(
                hook -> {
                    states.change(connection.scope(), connection.id(), webhook -> webhook.registered(hook.id(),
                            hook.events(), hook.verified(), clock.instant()));
                    return JobResult.done();
                },
                refused -> failed(connection, refused.describe()),
                unknown -> JobResult.retry(unknown.cause()));
    }

    private JobResult failed(Connection connection, String reason) {
        states.change(connection.scope(), connection.id(), webhook -> webhook.failed(reason));
        return JobResult.failed(reason);
    }
}
