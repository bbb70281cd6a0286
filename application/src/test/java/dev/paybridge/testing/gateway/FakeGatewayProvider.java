package dev.paybridge.testing.gateway;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paybridge.application.spi.CredentialCheck;
import dev.paybridge.application.spi.CredentialField;
import dev.paybridge.application.spi.CredentialMasking;
import dev.paybridge.application.spi.GatewayEvent;
import dev.paybridge.application.spi.GatewaySettings;
import dev.paybridge.application.spi.PaymentGateway;
import dev.paybridge.application.spi.PaymentGatewayProvider;
import dev.paybridge.domain.connection.ConnectionSecrets;
import dev.paybridge.domain.connection.GatewayMode;
import dev.paybridge.domain.money.CurrencyUnit;
import dev.paybridge.testing.fakes.SettableClock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The fake gateway's plugin ({@code fakepay}): an API key {@code fk_test_…} or {@code fk_live_…} and a webhook
 * secret; SAR, USD, KWD and JPY. Every connection opens the one {@link FakeGateway} account it holds.
 */
public final class FakeGatewayProvider implements PaymentGatewayProvider {
    public static final String TYPE = "fakepay";
    public static final String API_KEY = "api_key";
    public static final String WEBHOOK_SECRET = "webhook_secret";
    private static final Set<String> CURRENCIES = Set.of("SAR", "USD", "KWD", "JPY");
    private final FakeGateway gateway;
    private final AtomicInteger opened = new AtomicInteger();

    public FakeGatewayProvider(SettableClock clock) {
        this.gateway = new FakeGateway(clock);
    }

    public FakeGateway gateway() {
        return gateway;
    }

    /** How many times a connection's credentials were opened (decrypted and handed to the plugin). */
    public int opened() {
        return opened.get();
    }

    static Optional<CurrencyUnit> currencyOf(String code) {
        return CURRENCIES.contains(code) ? CurrencyUnit.find(code) : Optional.empty();
    }

    @Override
    public String providerType() {
        return TYPE;
    }

    @Override
    public String displayName() {
        return "FakePay";
    }

    @Override
    public List<CredentialField> credentialFields() {
        return List.of(
                new CredentialField(API_KEY, true, CredentialMasking.KEY_PREFIX_AND_LAST4, "fk_test_… or fk_live_…"),
                new CredentialField(WEBHOOK_SECRET, true, CredentialMasking.HIDDEN, "shared webhook secret"));
    }

    @Override
    public CredentialCheck checkCredentials(Map<String, String> credentials) {
        String key = credentials.get(API_KEY);
        if (key != null && !key.matches("fk_(test|live)_\\w{8,}")) {
            return new CredentialCheck.Refused(Map.of(API_KEY, List.of("must start with fk_test_ or fk_live_")));
        }
        return new CredentialCheck.Accepted(key != null && key.startsWith("fk_live_") ? GatewayMode.LIVE
                : GatewayMode.TEST);
    }

    @Override
    public void configure(GatewaySettings settings) {
    }

    @Override
    public Optional<CurrencyUnit> currency(String code) {
        return currencyOf(code);
    }

    @Override
    public GatewayEvent readStoredEvent(String storablePayload) {
        try {
            return FakeWebhooks.read((ObjectNode) FakeJson.MAPPER.readTree(storablePayload));
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    @Override
    public PaymentGateway open(ConnectionSecrets credentials) {
        opened.incrementAndGet();
        gateway.connect(credentials.asMap());
        return gateway;
    }
}
