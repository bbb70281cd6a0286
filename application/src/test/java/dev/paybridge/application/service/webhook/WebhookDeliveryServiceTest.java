package dev.paybridge.application.service.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paybridge.application.outcome.RefusalKind;
import dev.paybridge.application.port.in.webhook.WebhookReceipt;
import dev.paybridge.domain.tenant.Scope;
import dev.paybridge.domain.webhook.WebhookEvent;
import dev.paybridge.domain.webhook.WebhookEventStatus;
import dev.paybridge.testing.app.Scenario;
import dev.paybridge.testing.app.TestApplication;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which deliveries are stored and how: authentic or not, well-formed or not, payments or not. */
class WebhookDeliveryServiceTest {
    private final TestApplication app = new TestApplication();
    private final Scenario given = new Scenario(app);
    private final Scope scope = given.tenantWithConnection();

    @Test
    void a_challenge_is_stored_as_ignored_without_its_code_or_the_secret() {
        assertThat(given.deliver(scope, given.webhooks().challenge())).isEqualTo(new WebhookReceipt.Stored(false));

        WebhookEvent stored = given.events(scope).get(0);
        assertThat(stored.status()).isEqualTo(WebhookEventStatus.IGNORED);
        assertThat(stored.payload()).doesNotContain("code-123", Scenario.WEBHOOK_SECRET);
    }

    @Test
    void an_event_of_no_interest_is_stored_as_ignored() {
        given.deliver(scope, given.webhooks().other("payout.sent"));

        assertThat(given.events(scope)).singleElement().extracting(WebhookEvent::type, WebhookEvent::status)
                .containsExactly("payout.sent", WebhookEventStatus.IGNORED);
    }

    @Test
    void a_payment_for_no_link_of_ours_is_stored_as_ignored() {
        Scope other = given.tenantWithConnection();
        var link = given.linked(other, "10.00");

        given.deliver(scope, given.webhooks().about(app.gateway.payer().paysInFull(link.gatewayInvoiceId())));

        assertThat(given.events(scope)).singleElement().extracting(WebhookEvent::status)
                .isEqualTo(WebhookEventStatus.IGNORED);
        assertThat(given.invoice(other, link.invoiceId()).amountPaid().isPositive()).isFalse();
    }

    @Test
    void a_delivery_with_a_wrong_secret_is_not_authentic_and_nothing_is_stored() {
        assertThat(given.deliver(scope, given.webhooks().signedWith("forged").other("payout.sent")))
                .isEqualTo(new WebhookReceipt.Unauthenticated());
        assertThat(given.events(scope)).isEmpty();
    }

    @Test
    void a_delivery_that_is_not_json_is_malformed_and_nothing_is_stored() {
        assertThat(given.deliver(scope, "{not json".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(WebhookReceipt.Malformed.class);
        assertThat(given.events(scope)).isEmpty();
    }

    @Test
    void a_delivery_for_an_unknown_tenant_provider_or_archived_connection_is_not_authentic() {
        byte[] body = given.webhooks().other("payout.sent");
        assertThat(app.receiveWebhook.receiveWebhook("fakepay", "tenant_nope", scope.environmentId().value(),
                Map.of(), body)).isEqualTo(new WebhookReceipt.Unauthenticated());
        assertThat(app.receiveWebhook.receiveWebhook("stripe", scope.tenantId().value(),
                scope.environmentId().value(), Map.of(), body)).isEqualTo(new WebhookReceipt.Unauthenticated());
        Scope archived = given.tenant();
        Scenario.done(app.archiveConnection.archiveConnection(archived, given.connect(archived).id()));
        assertThat(given.deliver(archived, body)).isEqualTo(new WebhookReceipt.Unauthenticated());
    }

    @Test
    void a_lookup_event_is_not_replayed_by_hand() {
        var link = given.linked(scope, "10.00");
        app.gateway.payer().paysInFull(link.gatewayInvoiceId());
        app.clock.advance(TestApplication.RECONCILE_INTERVAL);
        app.reconcile.reconcileDueLinks();

        assertThat(Scenario.refusedAs(app.webhookEvents.replayEvent(scope, given.events(scope).get(0).id())))
                .isEqualTo(RefusalKind.INVALID_STATE);
    }
}
