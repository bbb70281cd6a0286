package dev.paybridge.moyasar.simulator;

import java.time.Instant;
import java.util.List;

/** Mutable webhook state inside {@link SimulatorState}; guarded by its lock and read through snapshots. */
final class StoredWebhook {

    final String id;
    final StoredAccount owner;
    final Instant createdAt;
    String url;
    String httpMethod;
    String sharedSecret;
    List<String> events;
    Instant verifiedAt;
    PendingVerification pendingVerification;

    StoredWebhook(String id, StoredAccount owner, WebhookSettings settings, Instant createdAt) {
        this.id = id;
        this.owner = owner;
        this.createdAt = createdAt;
        this.url = settings.url();
        this.httpMethod = settings.httpMethod();
        this.sharedSecret = settings.sharedSecret();
        this.events = settings.events();
    }

    boolean verified() {
        return verifiedAt != null;
    }

    /** Applies the settings a {@code PUT} gave; null ones stay as they are. */
    void change(WebhookSettings settings) {
        if (settings.url() != null) {
            url = settings.url();
        }
        if (settings.httpMethod() != null) {
            httpMethod = settings.httpMethod();
        }
        if (settings.sharedSecret() != null) {
            sharedSecret = settings.sharedSecret();
        }
        if (settings.events() != null) {
            events = settings.events();
        }
    }

    Webhook snapshot() {
        return new Webhook(id, url, httpMethod, sharedSecret, events, createdAt, verified(), verifiedAt);
    }
}
