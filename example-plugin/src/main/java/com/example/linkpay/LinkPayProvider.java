package com.example.linkpay;

import dev.paybridge.application.spi.CredentialCheck;
import dev.paybridge.application.spi.CredentialField;
import dev.paybridge.application.spi.GatewayEvent;
import dev.paybridge.application.spi.GatewaySettings;
import dev.paybridge.application.spi.PaymentGateway;
import dev.paybridge.application.spi.PaymentGatewayProvider;
import dev.paybridge.domain.connection.ConnectionSecrets;
import dev.paybridge.domain.money.CurrencyUnit;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The LinkPay plugin: checkout sessions as payment links, HMAC-signed webhooks; setting {@code base_url}. */
public final class LinkPayProvider implements PaymentGatewayProvider {
    static final String PROVIDER_TYPE = "linkpay";
    private static final String BASE_URL = "base_url";
    private static final String DEFAULT_BASE_URL = "https://api.linkpay.example/v2";
    private volatile Configured configured;

    @Override
    public String providerType() {
        return PROVIDER_TYPE;
    }

    @Override
    public String displayName() {
        return "LinkPay";
    }

    @Override
    public List<CredentialField> credentialFields() {
        return LinkPayCredentials.FIELDS;
    }

    @Override
    public CredentialCheck checkCredentials(Map<String, String> credentials) {
        return LinkPayCredentials.check(credentials);
    }

    @Override
    public void configure(GatewaySettings settings) {
        URI baseUrl = settings.url(BASE_URL, DEFAULT_BASE_URL);
        HttpClient client = HttpClient.newBuilder().connectTimeout(settings.timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        this.configured = new Configured(client, baseUrl, settings.timeout());
    }

    @Override
    public Optional<CurrencyUnit> currency(String code) {
        return LinkPayCurrencies.find(code);
    }

    @Override
    public GatewayEvent readStoredEvent(String storablePayload) {
        return LinkPayEvents.read(storablePayload);
    }

    @Override
    public PaymentGateway open(ConnectionSecrets credentials) {
        Configured current = configured;
        if (current == null) {
            throw new IllegalStateException("the LinkPay plugin is used before configure()");
        }
        String apiKey = credentials.value(LinkPayCredentials.API_KEY).orElseThrow(
                () -> new IllegalArgumentException("LinkPay credentials without an API key"));
        String signingSecret = credentials.value(LinkPayCredentials.SIGNING_SECRET).orElse("");
        return new LinkPayGateway(new LinkPayHttp(current.client(), current.baseUrl(), current.timeout(), apiKey),
                LinkPayCredentials.modeOf(apiKey), new LinkPaySignatures(signingSecret, Clock.systemUTC()));
    }

    private record Configured(HttpClient client, URI baseUrl, Duration timeout) {
    }
}
