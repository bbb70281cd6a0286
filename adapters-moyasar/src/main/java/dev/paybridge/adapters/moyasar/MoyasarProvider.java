package dev.paybridge.adapters.moyasar;

import dev.paybridge.application.spi.CredentialCheck;
import dev.paybridge.application.spi.CredentialField;
import dev.paybridge.application.spi.GatewayEvent;
import dev.paybridge.application.spi.GatewaySettings;
import dev.paybridge.application.spi.PaymentGateway;
import dev.paybridge.application.spi.PaymentGatewayProvider;
import dev.paybridge.application.spi.WebhookSetupSupport;
import dev.paybridge.domain.connection.ConnectionSecrets;
import dev.paybridge.domain.connection.GatewayMode;
import dev.paybridge.domain.money.CurrencyUnit;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** The Moyasar (Saudi Arabia) gateway plugin; setting {@code base_url} ({@code PAYBRIDGE_MOYASAR_BASE_URL}). */
public final class MoyasarProvider implements PaymentGatewayProvider {
    public static final String PROVIDER_TYPE = "moyasar";
    static final String BASE_URL = "base_url";
    private static final String DEFAULT_BASE_URL = "https://api.moyasar.com/v1";
    private volatile Configured configured;

    @Override
    public String providerType() {
        return PROVIDER_TYPE;
    }

    @Override
    public String displayName() {
        return "Moyasar";
    }

    @Override
    public List<CredentialField> credentialFields() {
        return MoyasarCredentials.FIELDS;
    }

    @Override
    public CredentialCheck checkCredentials(Map<String, String> credentials) {
        return MoyasarCredentials.check(credentials);
    }

    @Override
    public void configure(GatewaySettings settings) {
        this.configured = new Configured(new Client(settings.timeout()), settings.url(BASE_URL, DEFAULT_BASE_URL),
                settings.timeout());
    }

    @Override
    public Optional<CurrencyUnit> currency(String code) {
        return MoyasarCurrencies.find(code);
    }

    @Override
    public GatewayEvent readStoredEvent(String storablePayload) {
        return MoyasarWebhooks.readStored(storablePayload);
    }

    @Override
    public PaymentGateway open(ConnectionSecrets credentials) {
        Configured current = configured;
        if (current == null) {
            throw new IllegalStateException("the Moyasar plugin is used before configure()");
        }
        String secretKey = credentials.value(MoyasarCredentials.SECRET_KEY).orElseThrow(
                () -> new IllegalArgumentException("Moyasar credentials without a secret key"));
        GatewayMode mode = MoyasarCredentials.modeOf(secretKey, "sk_");
        if (mode == null) {
            throw new IllegalArgumentException("Moyasar credentials with a malformed secret key");
        }
        String webhookSecret = credentials.value(MoyasarCredentials.WEBHOOK_SECRET).orElse("");
        MoyasarHttp http = new MoyasarHttp(current.client(), current.baseUrl(), current.timeout(), secretKey);
        return new MoyasarGateway(http, mode, new MoyasarWebhooks(webhookSecret, mode),
                new MoyasarWebhookApi(http, webhookSecret));
    }

    /** Builds the HTTP client, so the first sync does not wait for the JDK's TLS stack to load. */
    @Override
    public void warmUp() {
        Configured current = configured;
        if (current != null) {
            current.client().get();
        }
    }

    @Override
    public List<String> webhookEvents() {
        return MoyasarWebhookApi.EVENTS;
    }

    @Override
    public Optional<WebhookSetupSupport> webhookSetup() {
        return Optional.of(new WebhookSetupSupport(MoyasarCredentials.WEBHOOK_SECRET));
    }

    private record Configured(Client client, URI baseUrl, Duration timeout) {
    }

    /**
     * The one HTTP client of every Moyasar connection, built by {@link #warmUp} once the service answers, or by its
     * first call if that comes sooner: building it loads the JDK's TLS stack and trust store, a tenth of a start-up.
     */
    private static final class Client implements Supplier<HttpClient> {
        private final Duration connectTimeout;
        private HttpClient client;

        Client(Duration connectTimeout) {
            this.connectTimeout = connectTimeout;
        }

        @Override
        public synchronized HttpClient get() {
            if (client == null) {
                client = HttpClient.newBuilder().connectTimeout(connectTimeout)
                        .followRedirects(HttpClient.Redirect.NEVER).build();
            }
            return client;
        }
    }
}
