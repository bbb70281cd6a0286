package dev.paybridge.moyasar.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.UUID;

/**
 * An account's webhooks ({@code /v1/webhooks}): create, list, find, update, delete. Without verification mode a new
 * webhook is verified at once; with it, the webhook starts unverified and its verification code is sent.
 */
final class WebhookRegistry {

    private final SimulatorState state;
    private final WebhookVerifier verifier;
    private final boolean verificationMode;

    WebhookRegistry(SimulatorState state, WebhookVerifier verifier, boolean verificationMode) {
        this.state = state;
        this.verifier = verifier;
        this.verificationMode = verificationMode;
    }

    Webhook create(StoredAccount account, JsonNode body) {
        WebhookSettings settings = WebhookSettings.forCreate(body);
        return state.atomically(() -> {
            StoredWebhook webhook = new StoredWebhook(UUID.randomUUID().toString(), account, settings, state.now());
            state.add(webhook);
            if (verificationMode) {
                verifier.sendCode(webhook);
            } else {
                webhook.verifiedAt = webhook.createdAt;
            }
            return webhook.snapshot();
        });
    }

    /** The account's webhooks, oldest first. */
    List<Webhook> list(StoredAccount account) {
        return state.atomically(() -> account.webhooks.values().stream().map(StoredWebhook::snapshot).toList());
    }

    Webhook find(StoredAccount account, String id) {
        return state.atomically(() -> state.webhook(account, id).snapshot());
    }

    /** Any account's webhook; for the simulator's own controls. */
    Webhook find(String id) {
        return state.atomically(() -> state.webhook(id).snapshot());
    }

    /** Changes url, http_method, shared_secret and events (those given); the verification state stays. */
    Webhook update(StoredAccount account, String id, JsonNode body) {
        return state.atomically(() -> {
            StoredWebhook webhook = state.webhook(account, id);
            webhook.change(WebhookSettings.forUpdate(body));
            return webhook.snapshot();
        });
    }

    void delete(StoredAccount account, String id) {
        state.atomically(() -> state.remove(state.webhook(account, id)));
    }
}
