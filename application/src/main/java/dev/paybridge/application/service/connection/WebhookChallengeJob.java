package dev.paybridge.application.service.connection;

import dev.paybridge.application.gateway.GatewayConnections;
import dev.paybridge.application.port.out.jobs.Job;
import dev.paybridge.application.port.out.jobs.JobKind;
import dev.paybridge.application.service.jobs.JobHandler;
import dev.paybridge.application.service.jobs.JobResult;
import dev.paybridge.application.spi.GatewayWebhooks;
import dev.paybridge.domain.connection.Connection;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Answers a gateway's challenge for a connection's webhook, retried on unknown outcomes until the code's deadline:
 * the gateway confirms (verified) or refuses the code (failed, no further attempts).
 */
public final class WebhookChallengeJob implements JobHandler {
    private final WebhookStates states;
    private final GatewayConnections gateways;
    private final Clock clock;

    @Inject
    public WebhookChallengeJob(WebhookStates states, GatewayConnections gateways, Clock clock) {
        this.states = states;
        this.gateways = gateways;
        this.clock = clock;
    }

    @Override
    public JobKind kind() {
        return JobKind.WEBHOOK_CHALLENGE;
    }

    @Override
    public JobResult run(Job job) {
        return states.activeConnectionOf(job).map(connection -> answer(job, connection))
                .orElseGet(JobResult::notNeeded);
    }

    private JobResult answer(Job job, Connection connection) {
        Optional<Instant> answerBy = Optional.ofNullable(job.data().get(WebhookJobs.ANSWER_BY)).map(Instant::parse);
        if (answerBy.isPresent() && !clock.instant().isBefore(answerBy.get())) {
            return failed(connection, "the verification code expired before the gateway confirmed it; "
                    + "ask for a new one with POST /v1/connections/{id}/webhook/setup");
        }
        Optional<GatewayWebhooks> webhooks = gateways.open(connection).webhooks();
        if (webhooks.isEmpty()) {
            return failed(connection, "the " + connection.providerType() + " plugin cannot answer challenges");
        }
        return webhooks.get().answerChallenge(job.data(WebhookJobs.WEBHOOK_ID), job.data(WebhookJobs.CODE)).fold(
                hook -> {
                    states.change(connection.scope(), connection.id(),
                            webhook -> webhook.challenged(hook.id()).verified(clock.instant()));
                    return JobResult.done();
                },
                refused -> failed(connection, "the gateway refused the verification code: " + refused.describe()),
                unknown -> JobResult.retry(unknown.cause()));
    }

    private JobResult failed(Connection connection, String reason) {
        states.change(connection.scope(), connection.id(), webhook -> webhook.failed(reason));
        return JobResult.failed(reason);
    }
}
