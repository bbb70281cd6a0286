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
import dev.paybridge.application.port.out.persistence.ConnectionRepository;
import dev.paybridge.application.port.out.persistence.WebhookEventRepository;
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

/** Receives gateway webhooks: verify, store once by the gateway's event id, apply in the same transaction. */
public final class WebhookService implements ReceiveWebhookUseCase, WebhookEventsUseCase {
    private static final System.Logger LOG = System.getLogger(WebhookService.class.getName());
    /** How precisely the time of a connection's latest event is kept. */
    static final Duration EVENT_TIME_COARSENESS = Duration.ofMinutes(1);
    /** The most payload bytes one page of the event audit carries, so no list can exhaust the service's memory. */
    static final int PAYLOAD_BUDGET = 1024 * 1024;
    private final GatewayProviders providers;
    private final GatewayConnections gateways;
    private final ConnectionRepository connections;
    private final WebhookStates states;
    private final GatewayEventRecorder recorder;
    private final WebhookEventRepository events;
    private final Clock clock;

    @Inject
    public WebhookService(GatewayProviders providers, GatewayConnections gateways, ConnectionRepository connections,
            WebhookStates states, GatewayEventRecorder recorder, WebhookEventRepository events, Clock clock) {
        this.clock = clock;
        this.states = states;
        this.providers = providers;
        this.gateways = gateways;
        this.connections = connections;
        this.recorder = recorder;
        this.events = events;
    }

    @Override
    public WebhookReceipt receiveWebhook(String providerType, String tenantId, String environmentId,
            Map<String, List<String>> headers, byte[] rawBody) {
        Optional<Scope> scope = TenantId.parse(tenantId).flatMap(tenant -> EnvironmentId.parse(environmentId)
                .map(environment -> new Scope(tenant, environment)));
        Optional<Connection> connection = scope.flatMap(s -> connections.findActive(s, providerType));
        if (connection.isEmpty() || providers.find(providerType).isEmpty()) {
            return new WebhookReceipt.Unauthenticated();
        }
        return gateways.open(connection.get()).verifyAndParseWebhook(headers, rawBody).fold(
                verified -> {
                    WebhookReceipt receipt = store(scope.get(), providerType, verified.event());
                    noteAuthentic(connection.get(), verified.event());
                    return receipt;
                },
                malformed -> new WebhookReceipt.Malformed(malformed.field(), malformed.message()),
                unauthenticated -> {
                    // debug only: anyone can post to the URL, so a refusal must not cost a warning line each
                    LOG.log(Level.DEBUG, () -> providerType + " webhook for connection " + connection.get().id()
                            + " refused: " + unauthenticated.reason());
                    return new WebhookReceipt.Unauthenticated();
                });
    }

    private WebhookReceipt store(Scope scope, String providerType, GatewayEvent event) {
        Optional<StorableEvents.Problem> problem = StorableEvents.problem(event);
        if (problem.isPresent()) {
            return new WebhookReceipt.Malformed(problem.get().field(), problem.get().message());
        }
        return switch (recorder.record(scope, providerType, event)) {
            case NEW -> new WebhookReceipt.Stored(false);
            case DUPLICATE -> new WebhookReceipt.Stored(true);
            case NOT_APPLIED -> new WebhookReceipt.NotApplied(event.eventId());
        };
    }

    /**
     * An authentic event proves the webhook works: it is verified from then on (a challenge excepted: it proves only
     * that the gateway asks), and the time of the latest event is kept, to the minute.
     */
    private void noteAuthentic(Connection connection, GatewayEvent event) {
        if (event.fold(payment -> false, challenge -> true, other -> false)) {
            return;
        }
        Instant now = clock.instant();
        WebhookSetup webhook = connection.webhook();
        if (webhook.state() != WebhookSetup.State.VERIFIED) {
            states.change(connection.scope(), connection.id(), current -> current.verified(now).eventAt(now));
        } else if (webhook.lastEventAt() == null || webhook.lastEventAt().isBefore(now.minus(EVENT_TIME_COARSENESS))) {
            connections.noteEvent(connection.scope(), connection.id(), now, EVENT_TIME_COARSENESS);
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
