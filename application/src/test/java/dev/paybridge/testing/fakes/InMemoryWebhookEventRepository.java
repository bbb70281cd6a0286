package dev.paybridge.testing.fakes;

import dev.paybridge.application.page.Page;
import dev.paybridge.application.page.PageRequest;
import dev.paybridge.application.port.out.persistence.WebhookEventRepository;
import dev.paybridge.application.port.out.persistence.WebhookVerifier;
import dev.paybridge.domain.tenant.Scope;
import dev.paybridge.domain.webhook.WebhookEvent;
import dev.paybridge.domain.webhook.WebhookEventId;
import dev.paybridge.domain.webhook.WebhookEventStatus;
import dev.paybridge.testing.fakes.InMemoryStore.Scoped;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Gateway events in memory, stored once per (environment, provider, gateway event id). */
public final class InMemoryWebhookEventRepository implements WebhookEventRepository {
    private static final int MAX_REASON = 1000;
    private static final Comparator<WebhookEvent> NEWEST_FIRST = Comparator.comparing(WebhookEvent::receivedAt)
            .thenComparing(event -> event.id().value()).reversed();
    private final InMemoryStore store;

    public InMemoryWebhookEventRepository(InMemoryStore store) {
        this.store = store;
    }

    @Override
    public boolean insert(WebhookEvent event) {
        return store.statement(() -> {
            Scoped key = new Scoped(event.scope(), event.id().value());
            boolean taken = store.events.contains(key) || store.events.any(other -> other.scope().equals(event.scope())
                    && other.providerType().equals(event.providerType())
                    && other.gatewayEventId().equals(event.gatewayEventId()));
            if (!taken) {
                store.events.put(key, new WebhookEvent(event.id(), event.scope(), event.providerType(),
                        event.gatewayEventId(), event.type(), event.status(),
                        Columns.fit(event.reviewReason(), MAX_REASON), event.payload(), Micros.of(event.receivedAt()),
                        Micros.of(event.processedAt())));
            }
            return !taken;
        });
    }

    @Override
    public boolean insert(WebhookEvent event, WebhookVerifier verifier) {
        return store.statement(() -> {
            VerifierChecks.require(store, verifier);
            return insert(event);
        });
    }

    @Override
    public void recordOutcome(Scope scope, WebhookEventId id, WebhookEventStatus status, String reviewReason,
            Instant at) {
        Scoped key = new Scoped(scope, id.value());
        store.run(() -> store.events.get(key).ifPresent(e -> store.events.put(key, new WebhookEvent(e.id(), e.scope(),
                e.providerType(), e.gatewayEventId(), e.type(), status, Columns.fit(reviewReason, MAX_REASON),
                e.payload(), e.receivedAt(), Micros.of(at)))));
    }

    @Override
    public Optional<WebhookEvent> find(Scope scope, WebhookEventId id) {
        return store.statement(() -> store.events.get(new Scoped(scope, id.value())));
    }

    @Override
    public Optional<WebhookEvent> findByGatewayEventId(Scope scope, String providerType, String gatewayEventId) {
        return store.statement(() -> store.events.where(event -> event.scope().equals(scope)
                && event.providerType().equals(providerType) && event.gatewayEventId().equals(gatewayEventId))
                .stream().findFirst());
    }

    @Override
    public Page<WebhookEvent> list(Scope scope, Optional<WebhookEventStatus> status, PageRequest page,
            int payloadBudget) {
        Page<WebhookEvent> full = store.statement(() -> Pages.of(store.events.where(event -> event.scope().equals(scope)
                && status.map(wanted -> event.status() == wanted).orElse(true)), NEWEST_FIRST, page));
        List<WebhookEvent> within = new ArrayList<>();
        long before = 0;
        for (WebhookEvent event : full.items()) {
            if (before >= payloadBudget) {
                break;
            }
            within.add(event);
            before += event.payload().getBytes(StandardCharsets.UTF_8).length;
        }
        return new Page<>(within, full.total(), page);
    }

    @Override
    public int deleteSettledBefore(Instant before, int limit) {
        return store.statement(() -> {
            List<WebhookEvent> expired = store.events.where(event -> event.receivedAt().isBefore(before)
                    && (event.status() == WebhookEventStatus.PROCESSED || event.status() == WebhookEventStatus.IGNORED))
                    .stream().limit(limit).toList();
            expired.forEach(event -> store.events.remove(new Scoped(event.scope(), event.id().value())));
            return expired.size();
        });
    }
}
