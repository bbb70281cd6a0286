package dev.paybridge.application.port.in.webhook;

import java.util.List;
import java.util.Map;

/** Verifies a gateway's webhook delivery for a tenant environment, stores it once and applies it. */
public interface ReceiveWebhookUseCase {

    /**
     * The receipt; throws only when the event could not be stored (so the gateway delivers it again). Path parts are
     * passed as received: an unknown provider, tenant or environment is simply not authentic.
     */
    WebhookReceipt receiveWebhook(String providerType, String tenantId, String environmentId,
            Map<String, List<String>> headers, byte[] rawBody);
}
