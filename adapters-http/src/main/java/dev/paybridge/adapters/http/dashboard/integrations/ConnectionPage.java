package dev.paybridge.adapters.http.dashboard.integrations;

import dev.paybridge.adapters.http.dashboard.web.FieldErrors;
import dev.paybridge.application.port.in.connection.ConnectionView;
import dev.paybridge.domain.connection.Connection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A connection's page: the webhook URL to copy and the events to select at the gateway, the webhook's state, the
 * masked secrets, the last test, and the actions (rotate keys, test, set up the webhook again, archive).
 */
public record ConnectionPage(ConnectionView view, String displayName, List<String> eventsToSelect,
        List<CredentialInput> rotateInputs, FieldErrors rotateErrors) {

    public Connection connection() {
        return view.connection();
    }

    public String base() {
        return "/dashboard/connections/" + view.connection().id().value();
    }

    /** Gateways deliver webhooks only to https addresses: a plain http URL will not receive them. */
    public boolean insecureWebhookUrl() {
        return !view.webhookUrl().startsWith("https://");
    }

    /** The masked previews, by credential name, of the secrets that are set. */
    public Map<String, String> secrets() {
        Map<String, String> shown = new LinkedHashMap<>();
        view.maskedSecrets().forEach((name, preview) -> {
            if (preview != null) {
                shown.put(name, preview);
            }
        });
        return shown;
    }
}
