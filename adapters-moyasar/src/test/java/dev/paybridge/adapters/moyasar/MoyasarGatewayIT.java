package dev.paybridge.adapters.moyasar;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paybridge.application.spi.ConnectionCheck;
import dev.paybridge.application.spi.GatewayPayment;
import dev.paybridge.application.spi.GatewayPaymentLink;
import dev.paybridge.application.spi.GatewayResult;
import dev.paybridge.application.spi.GatewayResult.RefusalReason;
import dev.paybridge.application.spi.GatewaySettings;
import dev.paybridge.application.spi.PaymentGateway;
import dev.paybridge.application.spi.PaymentLinkRequest;
import dev.paybridge.domain.connection.ConnectionSecrets;
import dev.paybridge.domain.connection.GatewayMode;
import dev.paybridge.domain.invoice.InvoiceId;
import dev.paybridge.domain.invoice.LinkStatus;
import dev.paybridge.domain.invoice.PaymentState;
import dev.paybridge.domain.tenant.EnvironmentId;
import dev.paybridge.domain.tenant.Scope;
import dev.paybridge.domain.tenant.TenantId;
import dev.paybridge.domain.money.CurrencyUnit;
import dev.paybridge.domain.money.Money;
import dev.paybridge.moyasar.simulator.MoyasarSimulator;
import dev.paybridge.moyasar.simulator.SimulatedAccount;
import dev.paybridge.moyasar.simulator.SimulatorOptions;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoyasarGatewayIT {
    // generous: a shared CI machine can stall a loopback answer for a second; the hang test waits this long
    private static final Duration TIMEOUT = Duration.ofMillis(4000);
    private static MoyasarSimulator simulator;
    private static MoyasarProvider provider;
    private SimulatedAccount account;
    private PaymentGateway gateway;

    @BeforeAll
    static void startSimulator() {
        simulator = MoyasarSimulator.start(SimulatorOptions.defaults());
        provider = new MoyasarProvider();
        provider.configure(new GatewaySettings("PAYBRIDGE_MOYASAR_", Map.of("base_url", simulator.baseUrl()), TIMEOUT));
    }

    @AfterAll
    static void stopSimulator() {
        simulator.close();
    }

    @BeforeEach
    void newAccount() {
        simulator.faults().clear();
        simulator.clearRequests();
        account = simulator.createAccount();
        gateway = open(account.secretKey());
    }

    private static PaymentGateway open(String secretKey) {
        return provider.open(ConnectionSecrets.of(Map.of("secret_key", secretKey, "webhook_secret", "whsec_12345678")));
    }

    private static final Scope SCOPE = new Scope(TenantId.generate(), EnvironmentId.generate());

    private static PaymentLinkRequest request(InvoiceId invoiceId, String amount, String currency) {
        return new PaymentLinkRequest(invoiceId, "INV-000042", SCOPE, Money.parse(amount, CurrencyUnit.of(currency)),
                "Invoice INV-000042: API calls", Instant.now().plus(7, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MILLIS),
                "https://shop.test/ok", "https://shop.test/back");
    }

    private static <T> T succeeded(GatewayResult<T> result) {
        return result.fold(value -> value, refused -> {
            throw new AssertionError("refused: " + refused);
        }, unknown -> {
            throw new AssertionError("unknown: " + unknown);
        });
    }

    private static <T> GatewayResult.Refused<T> refused(GatewayResult<T> result) {
        return result.fold(value -> {
            throw new AssertionError("succeeded: " + value);
        }, refused -> refused, unknown -> {
            throw new AssertionError("unknown: " + unknown);
        });
    }

    @Test
    void a_known_key_passes_the_connection_test_with_its_mode_and_changes_nothing() {
        assertThat(succeeded(gateway.testConnection())).isEqualTo(new ConnectionCheck(GatewayMode.TEST));
        assertThat(simulator.invoices(account.secretKey())).isEmpty();
        assertThat(simulator.requests()).last().satisfies(request -> {
            assertThat(request.method()).isEqualTo("GET");
            assertThat(request.headers().get("User-Agent")).startsWith("paybridge");
        });
        SimulatedAccount live = simulator.createLiveAccount();
        assertThat(succeeded(open(live.secretKey()).testConnection()).mode()).isEqualTo(GatewayMode.LIVE);
    }

    @Test
    void an_unknown_key_is_refused_as_invalid_credentials() {
        GatewayResult<ConnectionCheck> result = open("sk_test_unknownkey000000").testConnection();
        assertThat(refused(result).reason()).isEqualTo(RefusalReason.INVALID_CREDENTIALS);
        assertThat(refused(result).message()).contains("Invalid authorization");
    }

    @Test
    void a_publishable_key_lacks_permission() {
        MoyasarHttp http = new MoyasarHttp(java.net.http.HttpClient::newHttpClient,
                java.net.URI.create(simulator.baseUrl()), TIMEOUT, account.publishableKey());
        MoyasarGateway withPublishableKey = new MoyasarGateway(http, GatewayMode.TEST,
                new MoyasarWebhooks("whsec_12345678", GatewayMode.TEST), new MoyasarWebhookApi(http, "whsec_12345678"));
        GatewayResult<ConnectionCheck> result = withPublishableKey.testConnection();
        assertThat(refused(result).reason())
                .isEqualTo(RefusalReason.INSUFFICIENT_PERMISSIONS);
    }

    @Test
    void a_gateway_that_does_not_answer_is_unknown_within_the_timeout() {
        simulator.faults().on("GET", "/v1/invoices").hang().always();
        long started = System.nanoTime();
        GatewayResult<ConnectionCheck> result = gateway.testConnection();
        long elapsedMs = (System.nanoTime() - started) / 1_000_000;
        assertThat(result).isInstanceOf(GatewayResult.Unknown.class);
        assertThat(elapsedMs).isLessThan(TIMEOUT.toMillis() + 1000);
    }

    @ParameterizedTest
    @CsvSource({"10.00, SAR, 1000", "12.345, KWD, 12345", "1.500, BHD, 1500", "1000, JPY, 1000", "12.34, USD, 1234"})
    void creates_a_link_whose_amount_arrives_as_moyasars_integer(String amount, String currency, long minor) {
        InvoiceId invoiceId = InvoiceId.generate();
        GatewayPaymentLink link = succeeded(gateway.createPaymentLink(request(invoiceId, amount, currency)));
        assertThat(link.status()).isEqualTo(LinkStatus.OPEN);
        assertThat(link.url()).startsWith(simulator.origin());
        assertThat(link.amount()).isEqualTo(Money.parse(amount, CurrencyUnit.of(currency)));
        var stored = simulator.invoice(link.gatewayInvoiceId()).orElseThrow();
        assertThat(stored.amount()).isEqualTo(minor);
        assertThat(stored.currency()).isEqualTo(currency);
        assertThat(stored.metadata()).containsEntry("paybridge_invoice_id", invoiceId.value())
                .containsEntry("paybridge_invoice_number", "INV-000042")
                .containsEntry("paybridge_tenant_id", SCOPE.tenantId().value());
        assertThat(link.invoiceReference()).isEqualTo(invoiceId);
        assertThat(stored.successUrl()).isEqualTo("https://shop.test/ok");
    }

    @Test
    void refuses_unrepresentable_amounts_before_calling_moyasar() {
        int before = simulator.requests().size();
        GatewayResult<GatewayPaymentLink> tooSmall = gateway.createPaymentLink(request(InvoiceId.generate(), "0.99", "SAR"));
        GatewayResult<GatewayPaymentLink> inexact = gateway.createPaymentLink(request(InvoiceId.generate(), "10.50", "NOK"));
        assertThat(refused(tooSmall).reason()).isEqualTo(RefusalReason.NOT_REPRESENTABLE);
        assertThat(refused(inexact).message()).contains("cannot be expressed");
        assertThat(simulator.requests()).hasSize(before);
    }

    @Test
    void finds_an_earlier_link_by_our_invoice_id() {
        InvoiceId findMe = InvoiceId.generate();
        GatewayPaymentLink created = succeeded(gateway.createPaymentLink(request(findMe, "10.00", "SAR")));
        succeeded(gateway.createPaymentLink(request(InvoiceId.generate(), "10.00", "SAR")));
        List<GatewayPaymentLink> found = succeeded(gateway.findPaymentLinks(findMe));
        assertThat(found).extracting(GatewayPaymentLink::gatewayInvoiceId).containsExactly(created.gatewayInvoiceId());
        assertThat(found).extracting(GatewayPaymentLink::invoiceReference).containsExactly(findMe);
        assertThat(succeeded(gateway.findPaymentLinks(InvoiceId.generate()))).isEmpty();
        assertThat(succeeded(open(simulator.createAccount().secretKey()).findPaymentLinks(findMe)))
                .as("another account sees nothing").isEmpty();
    }

    @Test
    void a_create_that_times_out_after_moyasar_created_the_invoice_is_unknown_and_then_found() {
        simulator.faults().on("POST", "/v1/invoices").status(500).afterProcessing().once();
        InvoiceId lostAnswer = InvoiceId.generate();
        GatewayResult<GatewayPaymentLink> result = gateway.createPaymentLink(request(lostAnswer, "10.00", "SAR"));
        assertThat(result).isInstanceOf(GatewayResult.Unknown.class);
        assertThat(simulator.requests().stream().filter(r -> r.method().equals("POST")).count())
                .as("a create is never retried blindly").isEqualTo(1);
        assertThat(succeeded(gateway.findPaymentLinks(lostAnswer))).hasSize(1);
    }

    @Test
    void reads_are_retried_through_a_burst_of_5xx_and_429() {
        GatewayPaymentLink created = succeeded(gateway.createPaymentLink(request(InvoiceId.generate(), "10.00", "SAR")));
        simulator.faults().on("GET", "/v1/invoices/*").status(503).once();
        simulator.faults().on("GET", "/v1/invoices/*").status(429).retryAfter(Duration.ofMillis(0)).once();
        assertThat(succeeded(gateway.fetchPaymentLink(created.gatewayInvoiceId())).gatewayInvoiceId())
                .isEqualTo(created.gatewayInvoiceId());
    }

    @Test
    void a_dropped_connection_is_unknown() {
        simulator.faults().on("POST", "/v1/invoices").drop().once();
        assertThat(gateway.createPaymentLink(request(InvoiceId.generate(), "10.00", "SAR"))).isInstanceOf(GatewayResult.Unknown.class);
    }

    @Test
    void moyasar_validation_errors_come_back_with_their_fields() {
        PaymentLinkRequest expired = new PaymentLinkRequest(InvoiceId.generate(), "INV-000043", SCOPE,
                Money.parse("10.00", CurrencyUnit.of("SAR")), "Past", Instant.now().minus(1, ChronoUnit.DAYS), null, null);
        GatewayResult<GatewayPaymentLink> result = gateway.createPaymentLink(expired);
        GatewayResult.Refused<GatewayPaymentLink> refused = refused(result);
        assertThat(refused.reason()).isEqualTo(RefusalReason.INVALID_REQUEST);
        assertThat(refused.fieldErrors()).containsKey("expired_at");
    }

    @Test
    void a_paid_link_reports_its_payment() {
        GatewayPaymentLink created = succeeded(gateway.createPaymentLink(request(InvoiceId.generate(), "12.345", "KWD")));
        simulator.payInvoice(created.gatewayInvoiceId(), "4111111111111111");
        GatewayPaymentLink paid = succeeded(gateway.fetchPaymentLink(created.gatewayInvoiceId()));
        assertThat(paid.status()).isEqualTo(LinkStatus.PAID);
        GatewayPayment payment = paid.payments().get(0);
        assertThat(payment.state()).isEqualTo(PaymentState.SUCCEEDED);
        assertThat(payment.amount().toDecimalString()).isEqualTo("12.345");
        assertThat(payment.method().last4()).isEqualTo("1111");
        assertThat(payment.gatewayInvoiceId()).isEqualTo(created.gatewayInvoiceId());
    }

    @Test
    void a_declined_card_is_a_failed_payment_and_the_link_stays_open() {
        GatewayPaymentLink created = succeeded(gateway.createPaymentLink(request(InvoiceId.generate(), "10.00", "SAR")));
        simulator.failInvoicePayment(created.gatewayInvoiceId(), "4123120001090000");
        GatewayPaymentLink link = succeeded(gateway.fetchPaymentLink(created.gatewayInvoiceId()));
        assertThat(link.status()).isEqualTo(LinkStatus.OPEN);
        assertThat(link.payments().get(0).state()).isEqualTo(PaymentState.FAILED);
        assertThat(link.payments().get(0).failureMessage()).containsIgnoringCase("insufficient funds");
    }

    @Test
    void cancels_a_link_and_a_second_cancel_still_succeeds() {
        GatewayPaymentLink created = succeeded(gateway.createPaymentLink(request(InvoiceId.generate(), "10.00", "SAR")));
        assertThat(succeeded(gateway.cancelPaymentLink(created.gatewayInvoiceId())).status()).isEqualTo(LinkStatus.CANCELED);
        assertThat(succeeded(gateway.cancelPaymentLink(created.gatewayInvoiceId())).status()).isEqualTo(LinkStatus.CANCELED);
        GatewayResult<GatewayPaymentLink> unknown = gateway.cancelPaymentLink("00000000-0000-0000-0000-000000000000");
        assertThat(refused(unknown).reason()).isEqualTo(RefusalReason.NOT_FOUND);
    }

}
