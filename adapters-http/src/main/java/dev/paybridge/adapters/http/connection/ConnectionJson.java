package dev.paybridge.adapters.http.connection;

import dev.paybridge.application.port.in.connection.ConnectionView;
import dev.paybridge.domain.connection.Connection;
import dev.paybridge.domain.connection.SyncConfig;
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
        ConnectionTestJson lastTest,
        String createdAt,
        String updatedAt) {

    static ConnectionJson of(ConnectionView view, String publicBaseUrl) {
        Connection connection = view.connection();
        String tenantId = connection.scope().tenantId().value();
        String environmentId = connection.scope().environmentId().value();
        return new ConnectionJson(connection.id().value(), connection.name(), connection.providerType(),
                connection.status().wireName(), connection.mode().wireName(), tenantId, environmentId,
                view.maskedSecrets(),
                publicBaseUrl + "/v1/webhooks/" + connection.providerType() + "/" + tenantId + "/" + environmentId,
                connection.metadata(), SyncConfigJson.of(connection.syncConfig()),
                connection.lastTest() == null ? null : ConnectionTestJson.of(connection.lastTest()),
                connection.createdAt().toString(), connection.updatedAt().toString());
    }

    record SyncConfigJson(InvoiceSyncJson invoice) {
        static SyncConfigJson of(SyncConfig config) {
            return new SyncConfigJson(new InvoiceSyncJson(config.invoiceInbound(), config.invoiceOutbound()));
        }
    }

    record InvoiceSyncJson(boolean inbound, boolean outbound) {
    }
}
