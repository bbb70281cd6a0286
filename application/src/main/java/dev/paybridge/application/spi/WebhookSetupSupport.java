package dev.paybridge.application.spi;

import java.util.Objects;

/**
 * A plugin's declaration that it registers webhooks at its gateway itself (an optional capability): paybridge then
 * offers automatic webhook set-up, and generates the shared secret into {@code secretField} (one of the plugin's
 * credential fields) when a connection leaves it out.
 */
public record WebhookSetupSupport(String secretField) {
    public WebhookSetupSupport {
        Objects.requireNonNull(secretField, "secretField");
    }
}
