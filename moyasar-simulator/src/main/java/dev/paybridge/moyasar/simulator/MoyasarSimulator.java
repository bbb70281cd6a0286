package dev.paybridge.moyasar.simulator;

import static dev.paybridge.moyasar.simulator.JavaApiCalls.call;
import static dev.paybridge.moyasar.simulator.JavaApiCalls.find;

import io.javalin.Javalin;
import java.util.Collection;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * A faithful local Moyasar on a real HTTP port, for tests and benchmarks: the {@code /v1} API, a hosted checkout
 * page, webhooks with retries, fault injection, and scripted payer actions. Scripted actions throw
 * {@link NoSuchElementException} for unknown ids, {@link IllegalArgumentException} for invalid input and
 * {@link IllegalStateException} for moves Moyasar refuses (paying a paid invoice, refunding a failed payment).
 */
public final class MoyasarSimulator implements AutoCloseable {

    private final SimulatorCore core;
    private final Javalin server;

    private MoyasarSimulator(SimulatorCore core, Javalin server) {
        this.core = core;
        this.server = server;
    }

    /** Starts with {@link SimulatorOptions#defaults()}. */
    public static MoyasarSimulator start() {
        return start(SimulatorOptions.defaults());
    }

    public static MoyasarSimulator start(SimulatorOptions options) {
        SimulatorCore core = new SimulatorCore(options);
        Javalin server = SimulatorServer.create(core);
        try {
            if (options.host() == null) {
                server.start(options.port());
            } else {
                server.start(options.host(), options.port());
            }
        } catch (RuntimeException startFailure) {
            core.close();
            throw startFailure;
        }
        core.address.bind(server.port());
        return new MoyasarSimulator(core, server);
    }

    /** What a client uses as Moyasar's base URL, e.g. {@code http://localhost:54321/v1}. */
    public String baseUrl() {
        return core.address.origin() + "/v1";
    }

    /** Scheme, host and port without a path; the {@code /_sim} controls live under it. */
    public String origin() {
        return core.address.origin();
    }

    public int port() {
        return server.port();
    }

    /** A fresh test-mode account with random {@code sk_test_…} / {@code pk_test_…} keys. */
    public SimulatedAccount createAccount() {
        return core.createRandomAccount("Simulated Account", false);
    }

    /** A fresh live-mode account with random {@code sk_live_…} / {@code pk_live_…} keys. */
    public SimulatedAccount createLiveAccount() {
        return core.createRandomAccount("Simulated Live Account", true);
    }

    /** Registers these keys (the mode follows their prefix); re-registering the same pair is a no-op. */
    public SimulatedAccount createAccount(String secretKey, String publishableKey) {
        return core.createAccount("Simulated Account", secretKey, publishableKey);
    }

    public List<SimulatedAccount> accounts() {
        return core.state.accounts();
    }

    /**
     * Same as {@code POST /v1/webhooks}; empty events subscribe to the default payment events. The webhook is
     * verified at once, unless {@link SimulatorOptions#withWebhookVerification verification mode} is on: then it
     * is sent its code and receives nothing else until verified.
     */
    public Webhook registerWebhook(String secretKey, String url, String sharedSecret, Collection<String> events) {
        return call(() -> core.registerWebhook(secretKey, url, sharedSecret, events));
    }

    /** The account's webhooks, oldest first. */
    public List<Webhook> webhooks(String secretKey) {
        return call(() -> core.webhooks.list(core.account(secretKey)));
    }

    public Optional<Webhook> webhook(String webhookId) {
        return find(() -> core.webhooks.find(webhookId));
    }

    /** The verification code last sent to this webhook; empty once it is verified. */
    public Optional<String> verificationCode(String webhookId) {
        return call(() -> core.verifier.currentCode(webhookId));
    }

    /** Pays on the hosted page with this card; a declining card yields a failed payment, invoice still payable. */
    public Payment payInvoice(String invoiceId, String cardNumber) {
        return call(() -> core.pay(invoiceId, cardNumber, false));
    }

    /** A failed attempt with this declining card (e.g. 4123120001090000, INSUFFICIENT FUNDS). */
    public Payment failInvoicePayment(String invoiceId, String cardNumber) {
        return call(() -> core.failPayment(invoiceId, cardNumber));
    }

    /** A failed attempt with 4123120000000000 (UNSPECIFIED FAILURE). */
    public Payment failInvoicePayment(String invoiceId) {
        return failInvoicePayment(invoiceId, SimulatorCore.DEFAULT_DECLINING_CARD);
    }

    /** Authorizes without capturing: payment {@code authorized}, invoice {@code on_hold}, until captured or voided. */
    public Payment authorizeInvoice(String invoiceId, String cardNumber) {
        return call(() -> core.pay(invoiceId, cardNumber, true));
    }

    /** Refunds {@code amountOrNull} minor units, or everything left when null. */
    public Payment refund(String paymentId, Long amountOrNull) {
        return call(() -> core.adjuster.refund(core.state.payment(paymentId), amountOrNull));
    }

    /** Captures an authorized payment ({@code amountOrNull}: all of it when null). */
    public Payment capture(String paymentId, Long amountOrNull) {
        return call(() -> core.adjuster.capture(core.state.payment(paymentId), amountOrNull));
    }

    public Payment voidPayment(String paymentId) {
        return call(() -> core.adjuster.voidPayment(core.state.payment(paymentId)));
    }

    /** Makes an initiated invoice expired now. */
    public Invoice expireInvoice(String invoiceId) {
        return call(() -> core.invoices.expire(invoiceId));
    }

    /** The account's invoices, newest first, with their payments. */
    public List<Invoice> invoices(String secretKey) {
        return call(() -> core.invoices.all(core.account(secretKey)));
    }

    public Optional<Invoice> invoice(String invoiceId) {
        return find(() -> core.invoices.find(invoiceId));
    }

    /** The account's payments, newest first. */
    public List<Payment> payments(String secretKey) {
        return call(() -> core.payments.all(core.account(secretKey)));
    }

    public Optional<Payment> payment(String paymentId) {
        return find(() -> core.payments.find(paymentId));
    }

    public FaultInjector faults() {
        return core.faults;
    }

    public WebhookFaults webhookFaults() {
        return core.webhookFaults;
    }

    /** The API requests received (not {@code /_sim} ones, not the checkout page), oldest first. */
    public List<ApiRequest> requests() {
        return core.requests.entries();
    }

    public void clearRequests() {
        core.requests.clear();
    }

    /**
     * Webhook (payment and verification events) and invoice-callback delivery attempts, oldest first, with the
     * deliveries never sent (dropped by a fault, or discarded because the webhook is not verified).
     */
    public List<WebhookDelivery> webhookDeliveries() {
        return core.deliveries.entries();
    }

    public void clearWebhookDeliveries() {
        core.deliveries.clear();
    }

    /** Stops the server; hanging requests are dropped and pending webhook retries abandoned. */
    @Override
    public void close() {
        core.close();
        server.stop();
    }
}
