package dev.paybridge.moyasar.simulator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Collection;

/**
 * The simulator's parts wired together, without the HTTP server: state, use cases, faults, logs and webhook
 * delivery; the scripted actions shared by the Java API and the {@code /_sim} endpoints live here.
 */
final class SimulatorCore implements AutoCloseable {

    static final String DEFAULT_APPROVING_CARD = "4111111111111111";
    static final String DEFAULT_DECLINING_CARD = "4123120000000000";

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String KEY_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    final SimulatorOptions options;
    final Clock clock = Clock.systemUTC();
    final SimulatorState state = new SimulatorState(clock);
    final SimulatorAddress address = new SimulatorAddress();
    final FaultInjector faults = new FaultInjector();
    final WebhookFaults webhookFaults = new WebhookFaults();
    final BoundedLog<ApiRequest> requests = new BoundedLog<>();
    final BoundedLog<WebhookDelivery> deliveries = new BoundedLog<>();
    final Hangs hangs = new Hangs();
    final WebhookDispatcher dispatcher;
    final InvoiceBook invoices;
    final PaymentBook payments;
    final PaymentProcessor processor;
    final PaymentAdjuster adjuster;
    final WebhookRegistry webhooks;
    final WebhookVerifier verifier;

    SimulatorCore(SimulatorOptions options) {
        this.options = options;
        this.dispatcher = new WebhookDispatcher(options, webhookFaults, deliveries, clock);
        WebhookPublisher publisher = new WebhookPublisher(state, dispatcher, options, clock);
        this.invoices = new InvoiceBook(state, address);
        this.payments = new PaymentBook(state);
        this.processor = new PaymentProcessor(state, publisher);
        this.adjuster = new PaymentAdjuster(state, publisher);
        this.verifier = new WebhookVerifier(state, publisher);
        this.webhooks = new WebhookRegistry(state, verifier, options.webhookVerification());
        if (options.accounts().isEmpty()) {
            state.register(SimulatorOptions.DEFAULT_ACCOUNT);
        }
        options.accounts().forEach(state::register);
    }

    SimulatedAccount createAccount(String name, String secretKey, String publishableKey) {
        return state.register(new SimulatedAccount(name, secretKey, publishableKey)).account;
    }

    SimulatedAccount createRandomAccount(String name, boolean live) {
        String suffix = randomKeyPart();
        String mode = live ? "live_" : "test_";
        return createAccount(name, "sk_" + mode + suffix, "pk_" + mode + suffix);
    }

    StoredAccount account(String secretKey) {
        return state.accountByKey(secretKey)
                .filter(account -> account.account.secretKey().equals(secretKey))
                .orElseThrow(() -> new IllegalArgumentException("no account has the secret key " + secretKey));
    }

    Payment pay(String invoiceId, String cardNumber, boolean authorizeOnly) {
        CardDetails card = CardDetails.forNumber(cardNumber, processor.today());
        return processor.payInvoice(invoiceId, card, "127.0.0.1", authorizeOnly);
    }

    Payment failPayment(String invoiceId, String cardNumber) {
        if (TestCards.outcome(cardNumber.replaceAll("[\\s-]", "")).approved()) {
            throw new IllegalArgumentException(cardNumber + " is a card that pays; use a declining test card");
        }
        return pay(invoiceId, cardNumber, false);
    }

    Webhook registerWebhook(String secretKey, String url, String sharedSecret, Collection<String> events) {
        ObjectNode body = Json.object().put("url", url).put("http_method", "post").put("shared_secret", sharedSecret);
        events.forEach(body.putArray("events")::add);
        return webhooks.create(account(secretKey), body);
    }

    private static String randomKeyPart() {
        StringBuilder key = new StringBuilder(32);
        for (int i = 0; i < 32; i++) {
            key.append(KEY_ALPHABET.charAt(RANDOM.nextInt(KEY_ALPHABET.length())));
        }
        return key.toString();
    }

    @Override
    public void close() {
        hangs.releaseAll();
        dispatcher.close();
    }
}
