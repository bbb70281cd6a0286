package dev.paybridge.adapters.http.connection;

import dev.paybridge.application.port.in.connection.ConnectionView;
import dev.paybridge.domain.connection.Connection;
import dev.paybridge.domain.connection.SyncConfig;
import dev.paybridge.domain.connection.WebhookSetup;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A connection as the API shows it: masked secrets and the webhook URL the gateway must call. */
record ConnectionJson(
        String id,
        String name,
        String providerType,
        String status,
        String mode,
        String tenantId,
        String environmentId,
        Map<String, String> secrets,
        String webhookUrl,
        Map<String, String> metadata,
        SyncConfigJson syncConfig,
        WebhookJson webhook,
        ConnectionTestJson lastTest,
        String createdAt,
        String updatedAt) {

    static ConnectionJson of(ConnectionView view) {
        Connection connection = view.connection();
        return new ConnectionJson(connection.id().value(), connection.name(), connection.providerType(),
                connection.status().wireName(), connection.mode().wireName(), connection.scope().tenantId().value(),
                connection.scope().environmentId().value(), view.maskedSecrets(), view.webhookUrl(),
                connection.metadata(), SyncConfigJson.of(connection.syncConfig()), WebhookJson.of(connection.webhook()),
                connection.lastTest() == null ? null : ConnectionTestJson.of(connection.lastTest()),
                connection.createdAt().toString(), connection.updatedAt().toString());
    }

    /** The webhook's set-up and state as the API shows it. */
    record WebhookJson(String setup, String state, String gatewayWebhookId, List<String> events, String verifiedAt,
            String lastEventAt, String lastError) {
        static WebhookJson of(WebhookSetup webhook) {
            return new WebhookJson(webhook.mode().wireName(), webhook.state().wireName(), webhook.gatewayWebhookId(),
                    webhook.events(), text(webhook.verifiedAt()), text(webhook.lastEventAt()), webhook.lastError());
        }

        private static String text(Instant instant) {
            return instant == null ? null : instant.toString();
        }
    }

    record SyncConfigJson(InvoiceSyncJson invoice) {
        static SyncConfigJson of(SyncConfig config) {
            return new SyncConfigJson(new InvoiceSyncJson(config.invoiceInbound(), config.invoiceOutbound()));
        }
    }

    record InvoiceSyncJson(boolean inbound, boolean outbound) {
    }
}
