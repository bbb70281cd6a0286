package dev.paybridge.testing.fakes;

import dev.paybridge.application.port.in.invoice.RememberedAnswer;
import dev.paybridge.application.port.out.jobs.JobKey;
import dev.paybridge.domain.connection.Connection;
import dev.paybridge.domain.invoice.Invoice;
import dev.paybridge.domain.invoice.InvoiceId;
import dev.paybridge.domain.invoice.Payment;
import dev.paybridge.domain.tenant.ApiKey;
import dev.paybridge.domain.tenant.Environment;
import dev.paybridge.domain.tenant.Scope;
import dev.paybridge.domain.tenant.Tenant;
import dev.paybridge.domain.webhook.WebhookEvent;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The one in-memory database behind every fake repository: its tables, one lock that serializes transactions (so a
 * row read "for update" stays as read until the transaction ends) and a savepoint per transaction, restored when the
 * transaction rolls back. Every statement runs under the lock, as one atomic step.
 */
public final class InMemoryStore {
    final Table<String, Tenant> tenants = new Table<>();
    final Table<String, Environment> environments = new Table<>();
    final Table<String, ApiKey> apiKeys = new Table<>();
    final Table<Scoped, Connection> connections = new Table<>();
    final Table<Scope, Long> invoiceNumbers = new Table<>();
    final Table<Scoped, Invoice> invoices = new Table<>();
    final Table<LinkKey, LinkRow> links = new Table<>();
    final Table<Scoped, Payment> payments = new Table<>();
    final Table<Scoped, WebhookEvent> events = new Table<>();
    final Table<Scoped, KeyRow> idempotencyKeys = new Table<>();
    final Table<JobKey, JobRow> jobs = new Table<>();
    private final List<Table<?, ?>> all = List.of(tenants, environments, apiKeys, connections, invoiceNumbers,
            invoices, links, payments, events, idempotencyKeys, jobs);
    private final ReentrantLock lock = new ReentrantLock(true);

    /** Runs one statement atomically (inside the caller's transaction when there is one). */
    <T> T statement(Supplier<T> work) {
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }

    void run(Runnable work) {
        statement(() -> {
            work.run();
            return null;
        });
    }

    /** Runs work in a transaction (a savepoint when nested): what it wrote is undone when it throws. */
    <T> T transaction(Supplier<T> work) {
        lock.lock();
        try {
            List<Map<?, ?>> savepoint = all.stream().<Map<?, ?>>map(Table::copy).toList();
            try {
                return work.get();
            } catch (RuntimeException | Error rolledBack) {
                for (int i = 0; i < all.size(); i++) {
                    restore(all.get(i), savepoint.get(i));
                }
                throw rolledBack;
            }
        } finally {
            lock.unlock();
        }
    }

    @SuppressWarnings("unchecked")
    private static <K, V> void restore(Table<K, V> table, Map<?, ?> copy) {
        table.restore((Map<K, V>) copy);
    }

    void requireEnvironment(Scope scope, String constraint) {
        boolean exists = environments.get(scope.environmentId().value())
                .filter(environment -> environment.tenantId().equals(scope.tenantId())).isPresent();
        if (!exists) {
            throw new ConstraintViolation(constraint);
        }
    }

    void requireInvoice(Scope scope, InvoiceId invoiceId, String constraint) {
        if (!invoices.contains(new Scoped(scope, invoiceId.value()))) {
            throw new ConstraintViolation(constraint);
        }
    }

    /** The key of a row owned by one tenant environment. */
    record Scoped(Scope scope, String id) {
    }

    /** The primary key of a payment link. */
    record LinkKey(Scope scope, InvoiceId invoiceId, String gatewayInvoiceId) {
    }

    /** A stored payment link and when the reconciliation sweep looks at it next (null: one interval after creation). */
    record LinkRow(Scope scope, dev.paybridge.domain.invoice.PaymentLink link, Instant nextReconcileAt) {
    }

    /** A claimed idempotency key; the invoice and the answer are set when the creating transaction completes it. */
    record KeyRow(String fingerprint, InvoiceId invoiceId, RememberedAnswer answer, Instant createdAt) {
    }
}
