package dev.paybridge.application.service.webhook;

import dev.paybridge.application.gateway.GatewayConnections;
import dev.paybridge.application.gateway.GatewayProviders;
import dev.paybridge.application.outcome.Outcome;
import dev.paybridge.application.outcome.RefusalKind;
import dev.paybridge.application.page.Page;
import dev.paybridge.application.page.PageRequest;
import dev.paybridge.application.port.in.webhook.ReceiveWebhookUseCase;
import dev.paybridge.application.port.in.webhook.WebhookEventsUseCase;
import dev.paybridge.application.port.in.webhook.WebhookReceipt;
import dev.paybridge.application.port.out.cache.Caches;
import dev.paybridge.application.port.out.persistence.ConnectionRepository;
import dev.paybridge.application.port.out.persistence.WebhookEventRepository;
import dev.paybridge.application.port.out.persistence.WebhookVerifier;
import dev.paybridge.application.service.connection.WebhookStates;
import dev.paybridge.application.spi.GatewayEvent;
import dev.paybridge.application.spi.PaymentGatewayProvider;
import dev.paybridge.domain.connection.Connection;
import dev.paybridge.domain.connection.WebhookSetup;
import dev.paybridge.domain.tenant.EnvironmentId;
import dev.paybridge.domain.tenant.Scope;
import dev.paybridge.domain.tenant.TenantId;
import dev.paybridge.domain.webhook.WebhookEvent;
import dev.paybridge.domain.webhook.WebhookEventId;
import dev.paybridge.domain.webhook.WebhookEventStatus;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Receives gateway webhooks: verify with the environment's active connection (kept between webhooks), store once by
 * the gateway's event id while that connection is unchanged, apply in the same transaction.
 */
public final class WebhookService implements ReceiveWebhookUseCase, WebhookEventsUseCase {
    private static final System.Logger LOG = System.getLogger(WebhookService.class.getName());
    /** How precisely the time of a connection's latest event is kept. */
    static final Duration EVENT_TIME_COARSENESS = Duration.ofMinutes(1);
    /** The most payload bytes one page of the event audit carries, so no list can exhaust the service's memory. */
    static final int PAYLOAD_BUDGET = 1024 * 1024;
    /** How often one webhook reads its connection afresh when it keeps changing under it (rotated twice at once). */
    static final int MAX_FRESH_READS = 3;
    private final GatewayProviders providers;
    private final GatewayConnections gateways;
    private final ConnectionRepository connections;
    private final ActiveConnections active;
    private final WebhookStates states;
    private final GatewayEventRecorder recorder;
    private final WebhookEventRepository events;
    private final Clock clock;

    @Inject
    public WebhookService(GatewayProviders providers, GatewayConnections gateways, ConnectionRepository connections,
            WebhookStates states, GatewayEventRecorder recorder, WebhookEventRepository events, Caches caches,
            Clock clock) {
        this.clock = clock;
        this.states = states;
        this.providers = providers;
        this.gateways = gateways;
        this.connections = connections;
        this.active = new ActiveConnections(connections, caches);
        this.recorder = recorder;
        this.events = events;
    }

    @Override
    public WebhookReceipt receiveWebhook(String providerType, String tenantId, String environmentId,
            Map<String, List<String>> headers, byte[] rawBody) {
        Optional<Scope> scope = TenantId.parse(tenantId).flatMap(tenant -> EnvironmentId.parse(environmentId)
                .map(environment -> new Scope(tenant, environment)));
        if (scope.isEmpty() || providers.find(providerType).isEmpty()) {
            return new WebhookReceipt.Unauthenticated();
        }
        ActiveConnections.Read read = active.find(scope.get(), providerType);
        for (int freshReads = 0; ; freshReads++) {
            Optional<WebhookReceipt> receipt = receive(scope.get(), providerType, headers, rawBody, read.connection());
            // a kept connection may be out of date: what it refuses, or what its check does not let store, is
            // decided again with the connection as it is now
            boolean decided = receipt.isPresent()
                    && !(read.wasKept() && receipt.get() instanceof WebhookReceipt.Unauthenticated);
            if (decided) {
                return receipt.get();
            }
            if (freshReads == MAX_FRESH_READS) {
                throw new IllegalStateException("the " + providerType + " connection of " + scope.get()
                        + " changed under each of " + MAX_FRESH_READS + " reads of one webhook");
            }
            read = active.reread(scope.get(), providerType);
        }
    }

    /** The webhook verified with this connection and stored; empty when the connection changed before the store. */
    private Optional<WebhookReceipt> receive(Scope scope, String providerType, Map<String, List<String>> headers,
            byte[] rawBody, Optional<Connection> connection) {
        if (connection.isEmpty()) {
            return Optional.of(new WebhookReceipt.Unauthenticated());
        }
        return gateways.open(connection.get()).verifyAndParseWebhook(headers, rawBody).fold(
                verified -> {
                    Optional<WebhookReceipt> receipt = store(scope, providerType, verified.event(), connection.get());
                    receipt.ifPresent(stored -> noteAuthentic(connection.get(), verified.event()));
                    return receipt;
                },
                malformed -> Optional.of(new WebhookReceipt.Malformed(malformed.field(), malformed.message())),
                unauthenticated -> {
                    // debug only: anyone can post to the URL, so a refusal must not cost a warning line each
                    LOG.log(Level.DEBUG, () -> providerType + " webhook for connection " + connection.get().id()
                            + " refused: " + unauthenticated.reason());
                    return Optional.of(new WebhookReceipt.Unauthenticated());
                });
    }

    private Optional<WebhookReceipt> store(Scope scope, String providerType, GatewayEvent event,
            Connection verifier) {
        Optional<StorableEvents.Problem> problem = StorableEvents.problem(event);
        if (problem.isPresent()) {
            return Optional.of(new WebhookReceipt.Malformed(problem.get().field(), problem.get().message()));
        }
        return switch (recorder.record(scope, providerType, event, WebhookVerifier.of(verifier))) {
            case NEW -> Optional.of(new WebhookReceipt.Stored(false));
            case DUPLICATE -> Optional.of(new WebhookReceipt.Stored(true));
            case NOT_APPLIED -> Optional.of(new WebhookReceipt.NotApplied(event.eventId()));
            case VERIFIER_CHANGED -> Optional.empty();
        };
    }

    /**
     * An authentic event proves the webhook works: it is verified from then on (a challenge excepted: it proves only
     * that the gateway asks), and the time of the latest event is kept, to the minute. The kept connection is read
     * again after either change, so that it shows them.
     */
    private void noteAuthentic(Connection connection, GatewayEvent event) {
        if (event.fold(payment -> false, challenge -> true, other -> false)) {
            return;
        }
        Instant now = clock.instant();
        WebhookSetup webhook = connection.webhook();
        if (webhook.state() != WebhookSetup.State.VERIFIED) {
            states.change(connection.scope(), connection.id(), current -> current.verified(now).eventAt(now));
            active.forget(connection.scope(), connection.providerType());
        } else if (webhook.lastEventAt() == null || webhook.lastEventAt().isBefore(now.minus(EVENT_TIME_COARSENESS))) {
            connections.noteEvent(connection.scope(), connection.id(), now, EVENT_TIME_COARSENESS);
            active.forget(connection.scope(), connection.providerType());
        }
    }

    @Override
    public Page<WebhookEvent> listEvents(Scope scope, Optional<WebhookEventStatus> status, PageRequest page) {
        return events.list(scope, status, page, PAYLOAD_BUDGET);
    }

    @Override
    public Outcome<WebhookEvent> replayEvent(Scope scope, WebhookEventId id) {
        Optional<WebhookEvent> stored = events.find(scope, id);
        if (stored.isEmpty()) {
            return Outcome.notFound("webhook event");
        }
        if (stored.get().gatewayEventId().startsWith(LinkLookup.EVENT_ID_PREFIX)) {
            return Outcome.refused(RefusalKind.INVALID_STATE,
                    "an event found by a look-up at the gateway is replayed by the next look-up, not by hand");
        }
        PaymentGatewayProvider provider = providers.find(stored.get().providerType()).orElseThrow(() ->
                new IllegalStateException("event " + id + " came from " + stored.get().providerType()
                        + ", which is not loaded now"));
        recorder.reapply(stored.get(), provider.readStoredEvent(stored.get().payload()));
        return Outcome.done(events.find(scope, id).orElseThrow());
    }
}
