package dev.paybridge.application.service.webhook;

import dev.paybridge.application.port.in.webhook.PruneEventsUseCase;
import dev.paybridge.application.port.out.persistence.WebhookEventRepository;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Keeps processed and ignored events for {@code period}; events that need a person (needs review) or were not
 * applied (failed) are kept until they are dealt with. Deletes in batches, so one sweep never holds a long lock.
 */
public final class EventRetention implements PruneEventsUseCase {
    private static final int BATCH = 1_000;
    private final WebhookEventRepository events;
    private final Period period;
    private final Clock clock;

    @Inject
    public EventRetention(WebhookEventRepository events, Period period, Clock clock) {
        this.events = events;
        this.period = period;
        this.clock = clock;
    }

    @Override
    public int pruneExpiredEvents() {
        Instant before = clock.instant().minus(period.value());
        int deleted = 0;
        int batch;
        do {
            batch = events.deleteSettledBefore(before, BATCH);
            deleted += batch;
        } while (batch == BATCH);
        return deleted;
    }

    /** How long settled events are kept. */
    public record Period(Duration value) {
        public Period {
            Objects.requireNonNull(value, "value");
        }
    }
}
