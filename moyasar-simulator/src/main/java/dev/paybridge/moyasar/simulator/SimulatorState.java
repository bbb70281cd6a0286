package dev.paybridge.moyasar.simulator;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The simulator's thread-safe in-memory store: accounts (each with its own invoices, payments and webhooks) and
 * global indexes by id. Every method holds the one lock; {@link #atomically} groups several steps.
 */
final class SimulatorState {

    private final Clock clock;
    private final List<StoredAccount> accounts = new ArrayList<>();
    private final Map<String, StoredAccount> accountsByKey = new HashMap<>();
    private final Map<String, StoredInvoice> invoices = new HashMap<>();
    private final Map<String, StoredPayment> payments = new HashMap<>();
    private final Map<String, StoredWebhook> webhooks = new HashMap<>();
    private long sequence;

    SimulatorState(Clock clock) {
        this.clock = clock;
    }

    synchronized <T> T atomically(Supplier<T> work) {
        return work.get();
    }

    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    synchronized long nextSequence() {
        return ++sequence;
    }

    synchronized StoredAccount register(SimulatedAccount account) {
        StoredAccount bySecret = accountsByKey.get(account.secretKey());
        StoredAccount byPublishable = accountsByKey.get(account.publishableKey());
        if (bySecret != null && bySecret == byPublishable && bySecret.account.equals(account)) {
            return bySecret;
        }
        if (bySecret != null || byPublishable != null) {
            throw new IllegalArgumentException("an account already uses one of these keys");
        }
        StoredAccount stored = new StoredAccount(account);
        accounts.add(stored);
        accountsByKey.put(account.secretKey(), stored);
        accountsByKey.put(account.publishableKey(), stored);
        return stored;
    }

    synchronized Optional<StoredAccount> accountByKey(String key) {
        return Optional.ofNullable(accountsByKey.get(key));
    }

    synchronized List<SimulatedAccount> accounts() {
        return accounts.stream().map(stored -> stored.account).toList();
    }

    synchronized void add(StoredInvoice invoice) {
        invoices.put(invoice.id, invoice);
        invoice.owner.invoices.put(invoice.id, invoice);
    }

    synchronized void add(StoredPayment payment) {
        payments.put(payment.id, payment);
        payment.owner.payments.put(payment.id, payment);
    }

    synchronized void add(StoredWebhook webhook) {
        webhooks.put(webhook.id, webhook);
        webhook.owner.webhooks.put(webhook.id, webhook);
    }

    synchronized StoredWebhook remove(StoredWebhook webhook) {
        webhooks.remove(webhook.id);
        webhook.owner.webhooks.remove(webhook.id);
        return webhook;
    }

    /** Any account's webhook; for the simulator's own controls. */
    synchronized StoredWebhook webhook(String id) {
        StoredWebhook webhook = webhooks.get(id);
        if (webhook == null) {
            throw ApiError.notFound();
        }
        return webhook;
    }

    synchronized StoredWebhook webhook(StoredAccount account, String id) {
        StoredWebhook webhook = webhooks.get(id);
        if (webhook == null || webhook.owner != account) {
            throw ApiError.notFound();
        }
        return webhook;
    }

    synchronized boolean paymentIdTaken(String id) {
        return payments.containsKey(id);
    }

    /** Any account's invoice; for the simulator's own controls. */
    synchronized StoredInvoice invoice(String id) {
        StoredInvoice invoice = invoices.get(id);
        if (invoice == null) {
            throw ApiError.notFound();
        }
        return invoice;
    }

    /** The account's invoice; another account's reads as not found. */
    synchronized StoredInvoice invoice(StoredAccount account, String id) {
        StoredInvoice invoice = invoices.get(id);
        if (invoice == null || invoice.owner != account) {
            throw ApiError.notFound();
        }
        return invoice;
    }

    synchronized StoredPayment payment(String id) {
        StoredPayment payment = payments.get(id);
        if (payment == null) {
            throw ApiError.notFound();
        }
        return payment;
    }

    synchronized StoredPayment payment(StoredAccount account, String id) {
        StoredPayment payment = payments.get(id);
        if (payment == null || payment.owner != account) {
            throw ApiError.notFound();
        }
        return payment;
    }
}
