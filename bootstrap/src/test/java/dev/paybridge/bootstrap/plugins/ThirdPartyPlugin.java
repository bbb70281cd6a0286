package dev.paybridge.bootstrap.plugins;

import java.nio.file.Path;

/** The source of "testpay", a minimal third-party gateway plugin that knows nothing of paybridge but its SPI. */
final class ThirdPartyPlugin {
    static final String PROVIDER_TYPE = "testpay";
    static final String PROVIDER_CLASS = "com.example.testpay.TestPayProvider";
    static final String TOKEN_MESSAGE = "must start with tp_test_";
    /** The system property the plugin's warm-up sets. */
    static final String WARMED_UP_PROPERTY = "testpay.warmed-up";

    private static final String PROVIDER = """
            package com.example.testpay;

            import dev.paybridge.application.spi.CredentialCheck;
            import dev.paybridge.application.spi.CredentialField;
            import dev.paybridge.application.spi.CredentialMasking;
            import dev.paybridge.application.spi.GatewaySettings;
            import dev.paybridge.application.spi.PaymentGateway;
            import dev.paybridge.application.spi.PaymentGatewayProvider;
            import dev.paybridge.application.spi.GatewayEvent;
            import dev.paybridge.domain.connection.ConnectionSecrets;
            import dev.paybridge.domain.connection.GatewayMode;
            import dev.paybridge.domain.money.CurrencyUnit;
            import java.util.List;
            import java.util.Map;
            import java.util.Optional;

            /** TestPay: one API token, test mode only, US dollars only. */
            public final class TestPayProvider implements PaymentGatewayProvider {
                private volatile GatewaySettings settings;

                @Override
                public String providerType() {
                    return "testpay";
                }

                @Override
                public String displayName() {
                    return "TestPay";
                }

                @Override
                public List<CredentialField> credentialFields() {
                    return List.of(new CredentialField("api_token", true, CredentialMasking.KEY_PREFIX_AND_LAST4,
                            "TestPay API token"));
                }

                @Override
                public CredentialCheck checkCredentials(Map<String, String> credentials) {
                    String token = credentials.get("api_token");
                    if (token != null && !token.startsWith("tp_test_")) {
                        return new CredentialCheck.Refused(Map.of("api_token", List.of("%s")));
                    }
                    return new CredentialCheck.Accepted(GatewayMode.TEST);
                }

                @Override
                public void configure(GatewaySettings settings) {
                    this.settings = settings;
                }

                @Override
                public Optional<CurrencyUnit> currency(String code) {
                    return "USD".equals(code) ? CurrencyUnit.find(code) : Optional.empty();
                }

                @Override
                public GatewayEvent readStoredEvent(String storablePayload) {
                    throw new IllegalArgumentException("the test plugin stores no events");
                }

                @Override
                public PaymentGateway open(ConnectionSecrets credentials) {
                    if (settings == null) {
                        throw new IllegalStateException("open() called before configure()");
                    }
                    return new TestPayGateway();
                }

                /** Leaves a mark (a system property: this class has its own class loader), then fails. */
                @Override
                public void warmUp() {
                    System.setProperty("%s", settings == null ? "before configure" : "after configure");
                    throw new IllegalStateException("TestPay's warm-up fails on purpose");
                }
            }
            """.formatted(TOKEN_MESSAGE, WARMED_UP_PROPERTY);

    private static final String GATEWAY = """
            package com.example.testpay;

            import dev.paybridge.application.spi.ConnectionCheck;
            import dev.paybridge.application.spi.GatewayPaymentLink;
            import dev.paybridge.application.spi.GatewayResult;
            import dev.paybridge.application.spi.PaymentGateway;
            import dev.paybridge.application.spi.PaymentLinkRequest;
            import dev.paybridge.application.spi.WebhookVerification;
            import dev.paybridge.domain.connection.GatewayMode;
            import dev.paybridge.domain.invoice.InvoiceId;
            import java.util.List;
            import java.util.Map;

            /** A TestPay connection: its test always passes, and it does nothing else. */
            final class TestPayGateway implements PaymentGateway {
                private static final String NOT_IMPLEMENTED = "not implemented by the test plugin";

                @Override
                public GatewayResult<ConnectionCheck> testConnection() {
                    return GatewayResult.succeeded(new ConnectionCheck(GatewayMode.TEST));
                }

                @Override
                public GatewayResult<GatewayPaymentLink> createPaymentLink(PaymentLinkRequest request) {
                    return GatewayResult.unknown(NOT_IMPLEMENTED);
                }

                @Override
                public GatewayResult<List<GatewayPaymentLink>> findPaymentLinks(InvoiceId invoiceId) {
                    return GatewayResult.unknown(NOT_IMPLEMENTED);
                }

                @Override
                public GatewayResult<GatewayPaymentLink> fetchPaymentLink(String gatewayInvoiceId) {
                    return GatewayResult.unknown(NOT_IMPLEMENTED);
                }

                @Override
                public GatewayResult<GatewayPaymentLink> cancelPaymentLink(String gatewayInvoiceId) {
                    return GatewayResult.unknown(NOT_IMPLEMENTED);
                }

                @Override
                public WebhookVerification verifyAndParseWebhook(Map<String, List<String>> headers, byte[] rawBody) {
                    return new WebhookVerification.Unauthenticated("the test plugin accepts no webhooks");
                }
            }
            """;

    private ThirdPartyPlugin() {
    }

    /** Compiles the plugin in {@code buildDir} and writes it as the jar {@code jar}. */
    static Path buildJar(Path buildDir, Path jar) {
        return PluginJarBuilder.compilingIn(buildDir)
                .source(PROVIDER_CLASS, PROVIDER)
                .source("com.example.testpay.TestPayGateway", GATEWAY)
                .provider(PROVIDER_CLASS)
                .writeTo(jar);
    }
}
