package dev.paybridge.application.service.webhook;

import dev.paybridge.application.gateway.GatewayConnections;
import dev.paybridge.application.gateway.GatewayProviders;
import dev.paybridge.application.page.Page;
import dev.paybridge.application.page.PageRequest;
import dev.paybridge.application.port.in.webhook.ReceiveWebhookUseCase;
import dev.paybridge.application.port.in.webhook.WebhookEventsUseCase;
import dev.paybridge.application.port.in.webhook.WebhookReceipt;
import dev.paybridge.application.port.out.persistence.ConnectionRepository;
import dev.paybridge.application.port.out.persistence.WebhookEventRepository;
import dev.paybridge.application.problem.Refusal;
import dev.paybridge.application.problem.RequestRefusedException;
import dev.paybridge.application.spi.GatewayEvent;
import dev.paybridge.application.spi.PaymentGatewayProvider;
import dev.paybridge.application.spi.WebhookVerification;
import dev.paybridge.domain.connection.Connection;
import dev.paybridge.domain.tenant.EnvironmentId;
import dev.paybridge.domain.tenant.Scope;
import dev.paybridge.domain.tenant.TenantId;
import dev.paybridge.domain.webhook.WebhookEvent;
import dev.paybridge.domain.webhook.WebhookEventId;
import dev.paybridge.domain.webhook.WebhookEventStatus;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Receives gateway webhooks: verify, store once by the gateway's event id, apply in the same transaction. */
public final class WebhookService implements ReceiveWebhookUseCase, WebhookEventsUseCase {
    private final GatewayProviders providers;
    private final GatewayConnections gateways;
    private final ConnectionRepository connections;
    private final GatewayEventRecorder recorder;
    private final WebhookEventRepository events;
    private final Clock clock;

    @Inject
    public WebhookService(GatewayProviders providers, GatewayConnections gateways, ConnectionRepository connections,
            GatewayEventRecorder recorder, WebhookEventRepository events, Clock clock) {
        this.providers = providers;
        this.gateways = gateways;
        this.connections = connections;
        this.recorder = recorder;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public WebhookReceipt receiveWebhook(String providerType, String tenantId, String environmentId,
            Map<String, List<String>> headers, byte[] rawBody) {
        Optional<Scope> scope = TenantId.parse(tenantId).flatMap(tenant -> EnvironmentId.parse(environmentId)
                .map(environment -> new Scope(tenant, environment)));
        Optional<Connection> connection = scope.flatMap(s -> connections.findActive(s).stream()
                .filter(c -> c.providerType().equals(providerType)).findFirst());
        if (connection.isEmpty() || providers.find(providerType).isEmpty()) {
            return new WebhookReceipt.Unauthenticated();
        }
        WebhookVerification verdict = gateways.open(connection.get()).verifyAndParseWebhook(headers, rawBody);
        if (verdict instanceof WebhookVerification.Malformed malformed) {
            return new WebhookReceipt.Malformed(malformed.field(), malformed.message());
        }
        if (verdict instanceof WebhookVerification.Unauthenticated) {
            return new WebhookReceipt.Unauthenticated();
        }
        GatewayEvent event = ((WebhookVerification.Verified) verdict).event();
        return new WebhookReceipt.Stored(!recorder.record(scope.get(), providerType, event));
    }

    @Override
    public Page<WebhookEvent> listEvents(Scope scope, Optional<WebhookEventStatus> status, PageRequest page) {
        return events.list(scope, status, page);
    }

    @Override
    public WebhookEvent replayEvent(Scope scope, WebhookEventId id) {
        WebhookEvent stored = events.find(scope, id).orElseThrow(() -> RequestRefusedException.notFound("webhook event"));
        if (stored.gatewayEventId().startsWith(ReconciliationService.EVENT_ID_PREFIX)) {
            throw new RequestRefusedException(Refusal.INVALID_STATE,
                    "a reconciliation event is replayed by the next sweep, not by hand");
        }
        PaymentGatewayProvider provider = providers.find(stored.providerType()).orElseThrow(() ->
                new IllegalStateException("event " + id + " came from " + stored.providerType() + ", not loaded now"));
        recorder.reapply(stored, provider.readStoredEvent(stored.payload()));
        return events.find(scope, id).orElseThrow();
    }
}
