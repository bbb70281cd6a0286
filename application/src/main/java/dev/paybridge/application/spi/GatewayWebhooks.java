package dev.paybridge.application.spi;

import java.util.Optional;

/**
 * A connection's webhook API at its gateway, offered by plugins that declare {@link WebhookSetupSupport}. Nothing here
 * moves money; an UNKNOWN outcome is retried, and a registration is always preceded by a look-up, so a retry never
 * registers two webhooks.
 */
public interface GatewayWebhooks {

    /** The gateway's webhook calling {@code url}, if there is one (crash and timeout recovery). */
    GatewayResult<Optional<GatewayWebhook>> find(String url);

    /**
     * Registers a webhook calling {@code url} with the connection's webhook secret (the one it was opened with), for
     * every event paybridge acts on (the plugin knows its gateway's names for them). It may come back unverified: the
     * gateway then sends a challenge.
     */
    GatewayResult<GatewayWebhook> register(String url);

    /** Makes an existing webhook call {@code url} with the connection's current webhook secret (after a rotation). */
    GatewayResult<GatewayWebhook> update(String webhookId, String url);

    /** Deletes the webhook; succeeded also when the gateway no longer has it. */
    GatewayResult<String> delete(String webhookId);

    /** Answers the gateway's challenge with its code. Refused: the code is wrong or expired; ask for a new one. */
    GatewayResult<GatewayWebhook> answerChallenge(String webhookId, String code);

    /** Asks the gateway to send a new challenge for the webhook. */
    GatewayResult<GatewayWebhook> requestChallenge(String webhookId);
}
