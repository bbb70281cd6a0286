package dev.paybridge.application.gateway;

import dev.paybridge.domain.connection.Connection;
import java.util.Objects;

/** Where gateways deliver a connection's webhooks: the public base URL, then the provider, tenant and environment. */
public final class WebhookUrls {
    private final String publicBaseUrl;

    public WebhookUrls(String publicBaseUrl) {
        this.publicBaseUrl = Objects.requireNonNull(publicBaseUrl, "publicBaseUrl");
    }

    public String of(Connection connection) {
        return publicBaseUrl + "/v1/webhooks/" + connection.providerType() + "/" + connection.scope().tenantId() + "/"
                + connection.scope().environmentId();
    }
}
