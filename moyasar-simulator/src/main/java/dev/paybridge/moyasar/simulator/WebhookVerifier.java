package dev.paybridge.moyasar.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Optional;

/**
 * Webhook verification: sends a new code in a {@code webhook_verification} event, checks the code a merchant sends
 * back ({@code POST /v1/webhooks/{id}/verify}) and resends a fresh one on request.
 */
final class WebhookVerifier {

    private final SimulatorState state;
    private final WebhookPublisher publisher;

    WebhookVerifier(SimulatorState state, WebhookPublisher publisher) {
        this.state = state;
        this.publisher = publisher;
    }

    /** Issues a new code (the previous one stops working) and sends it once, without retries. */
    void sendCode(StoredWebhook webhook) {
        webhook.pendingVerification = PendingVerification.issue(state.now());
        publisher.verificationRequested(webhook.owner.account, webhook.snapshot(),
                webhook.pendingVerification.code());
    }

    /**
     * Verifies the webhook with {@code {"code"}}; a wrong, expired or exhausted code is the documented 400. A
     * webhook that is already verified answers as it is.
     */
    Webhook verify(StoredAccount account, String id, JsonNode body) {
        return state.atomically(() -> {
            StoredWebhook webhook = state.webhook(account, id);
            String code = code(body);
            if (webhook.verified()) {
                return webhook.snapshot();
            }
            PendingVerification pending = webhook.pendingVerification;
            Instant now = state.now();
            if (pending == null || !pending.usable(now)) {
                throw ApiError.verificationInvalid();
            }
            if (!pending.accepts(code, now)) {
                webhook.pendingVerification = pending.afterWrongAttempt();
                throw ApiError.verificationInvalid();
            }
            webhook.pendingVerification = null;
            webhook.verifiedAt = now;
            return webhook.snapshot();
        });
    }

    /** Sends a fresh code to an unverified webhook; a verified one has nothing to resend. */
    Webhook resend(StoredAccount account, String id) {
        return state.atomically(() -> {
            StoredWebhook webhook = state.webhook(account, id);
            if (webhook.verified()) {
                throw ApiError.invalidRequest("Webhook is already verified");
            }
            sendCode(webhook);
            return webhook.snapshot();
        });
    }

    /** The code last sent to any account's webhook, if it is not verified yet; for the simulator's controls. */
    Optional<String> currentCode(String webhookId) {
        return state.atomically(() -> {
            PendingVerification pending = state.webhook(webhookId).pendingVerification;
            return Optional.ofNullable(pending).map(PendingVerification::code);
        });
    }

    private static String code(JsonNode body) {
        FieldErrors errors = new FieldErrors();
        String code = new RequestFields(body, errors, "").text("code", true);
        errors.throwIfAny();
        return code;
    }
}
