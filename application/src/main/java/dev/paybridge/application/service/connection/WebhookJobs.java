package dev.paybridge.application.service.connection;

import dev.paybridge.application.port.out.jobs.JobKey;
import dev.paybridge.application.port.out.jobs.JobKind;
import dev.paybridge.application.port.out.jobs.JobQueue;
import dev.paybridge.domain.connection.Connection;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** Queues a connection's webhook work at its gateway (call inside the transaction of the change that needs it). */
public final class WebhookJobs {
    static final String WEBHOOK_ID = "webhook_id";
    static final String CODE = "code";
    static final String ANSWER_BY = "answer_by";
    private final JobQueue jobs;
    private final Clock clock;

    @Inject
    public WebhookJobs(JobQueue jobs, Clock clock) {
        this.jobs = jobs;
        this.clock = clock;
    }

    /** Register (automatic) or ask for a new challenge (manual), now. */
    public void queueSetup(Connection connection) {
        jobs.schedule(key(connection, JobKind.WEBHOOK_SETUP), connection.id(), Map.of(), clock.instant());
    }

    /** Answer the gateway's challenge for its webhook {@code webhookId} with {@code code}, before {@code answerBy}. */
    public void queueChallenge(Connection connection, String webhookId, String code, Instant answerBy) {
        Map<String, String> data = new HashMap<>(Map.of(WEBHOOK_ID, webhookId, CODE, code));
        if (answerBy != null) {
            data.put(ANSWER_BY, answerBy.toString());
        }
        jobs.schedule(key(connection, JobKind.WEBHOOK_CHALLENGE), connection.id(), data, clock.instant());
    }

    /** Delete the gateway webhook {@code webhookId} (the connection was archived). */
    public void queueDeletion(Connection connection, String webhookId) {
        jobs.schedule(key(connection, JobKind.WEBHOOK_DELETION), connection.id(), Map.of(WEBHOOK_ID, webhookId),
                clock.instant());
    }

    static JobKey key(Connection connection, JobKind kind) {
        return new JobKey(connection.scope(), kind, connection.id().value());
    }
}
