package dev.paybridge.application.service.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paybridge.application.port.in.connection.UpdateConnectionCommand;
import dev.paybridge.application.port.in.webhook.WebhookReceipt;
import dev.paybridge.application.spi.GatewayPayment;
import dev.paybridge.domain.connection.Connection;
import dev.paybridge.domain.invoice.PaymentLink;
import dev.paybridge.domain.tenant.Scope;
import dev.paybridge.testing.app.Scenario;
import dev.paybridge.testing.app.TestApplication;
import dev.paybridge.testing.gateway.FakeGatewayProvider;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Webhooks verify with a kept connection, read once, and a change made to it anywhere (the service that changes it
 * tells the webhook service nothing, as another instance would not) takes effect with the next delivery.
 */
class KeptConnectionTest {
    private final TestApplication app = new TestApplication();
    private final Scenario given = new Scenario(app);
    private final Scope scope = given.tenant();
    private final Connection connection = given.connect(scope);

    @Test
    void deliveries_read_the_connection_again_only_when_its_webhook_state_or_minute_of_last_event_changed() {
        given.deliver(scope, given.webhooks().other("payout.sent"));
        given.deliver(scope, given.webhooks().other("payout.sent"));
        int reads = app.db.connections.activeReads();

        for (int i = 0; i < 5; i++) {
            assertThat(given.deliver(scope, given.webhooks().other("payout.sent")))
                    .isEqualTo(new WebhookReceipt.Stored(false));
        }
        assertThat(app.db.connections.activeReads()).as("five deliveries with the connection kept").isEqualTo(reads);

        app.clock.advance(Duration.ofMinutes(2));
        given.deliver(scope, given.webhooks().other("payout.sent"));
        given.deliver(scope, given.webhooks().other("payout.sent"));
        assertThat(app.db.connections.activeReads()).as("the minute of the last event noted, then read again")
                .isEqualTo(reads + 1);
        assertThat(given.events(scope)).hasSize(9);
    }

    @Test
    void a_connection_archived_after_it_was_kept_refuses_the_next_delivery_and_stores_nothing() {
        PaymentLink link = given.linked(scope, "10.00");
        given.deliver(scope, given.webhooks().other("payout.sent"));
        given.deliver(scope, given.webhooks().other("payout.sent"));

        Scenario.done(app.archiveConnection.archiveConnection(scope, connection.id()));

        assertThat(given.deliver(scope, given.webhooks().other("payout.sent")))
                .isEqualTo(new WebhookReceipt.Unauthenticated());
        assertThat(given.deliver(scope, given.webhooks().about(app.gateway.payer()
                .paysInFull(link.gatewayInvoiceId())))).isEqualTo(new WebhookReceipt.Unauthenticated());
        assertThat(given.events(scope)).hasSize(2);
        assertThat(given.invoice(scope, link.invoiceId()).amountPaid().isPositive()).isFalse();
    }

    @Test
    void a_rotated_webhook_secret_verifies_the_next_delivery_and_the_old_one_no_longer_does() {
        PaymentLink link = given.linked(scope, "10.00");
        given.deliver(scope, given.webhooks().other("payout.sent"));
        given.deliver(scope, given.webhooks().other("payout.sent"));

        Scenario.done(app.updateConnection.updateConnection(new UpdateConnectionCommand(scope, connection.id(),
                Optional.empty(), Optional.empty(), Optional.empty(),
                Map.of(FakeGatewayProvider.WEBHOOK_SECRET, "whsec-rotated-2"))));

        GatewayPayment paid = app.gateway.payer().paysInFull(link.gatewayInvoiceId());
        assertThat(given.deliver(scope, given.webhooks().other("payout.sent")))
                .as("signed with the old secret").isEqualTo(new WebhookReceipt.Unauthenticated());
        assertThat(given.deliver(scope, given.webhooks().about(paid)))
                .as("a payment signed with the old secret").isEqualTo(new WebhookReceipt.Unauthenticated());
        assertThat(given.events(scope)).hasSize(2);
        assertThat(given.invoice(scope, link.invoiceId()).amountPaid().isPositive()).isFalse();

        assertThat(given.deliver(scope, given.webhooks().signedWith("whsec-rotated-2").about(paid)))
                .isEqualTo(new WebhookReceipt.Stored(false));
        assertThat(given.events(scope)).hasSize(3);
        assertThat(given.invoice(scope, link.invoiceId()).amountPaid().isPositive()).isTrue();
    }

    @Test
    void a_delivery_signed_with_a_secret_rotated_after_the_connection_was_kept_is_verified_with_a_fresh_read() {
        given.deliver(scope, given.webhooks().other("payout.sent"));
        given.deliver(scope, given.webhooks().other("payout.sent"));

        Scenario.done(app.updateConnection.updateConnection(new UpdateConnectionCommand(scope, connection.id(),
                Optional.empty(), Optional.empty(), Optional.empty(),
                Map.of(FakeGatewayProvider.WEBHOOK_SECRET, "whsec-rotated-3"))));

        assertThat(given.deliver(scope, given.webhooks().signedWith("whsec-rotated-3").other("payout.sent")))
                .isEqualTo(new WebhookReceipt.Stored(false));
        assertThat(given.deliver(scope, given.webhooks().signedWith("forged").other("payout.sent")))
                .isEqualTo(new WebhookReceipt.Unauthenticated());
        assertThat(given.events(scope)).hasSize(3);
    }
}
