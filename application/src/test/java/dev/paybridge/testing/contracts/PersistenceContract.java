package dev.paybridge.testing.contracts;

import dev.paybridge.domain.invoice.Customer;
import dev.paybridge.domain.invoice.Invoice;
import dev.paybridge.domain.invoice.InvoiceId;
import dev.paybridge.domain.invoice.LineItem;
import dev.paybridge.domain.money.CurrencyUnit;
import dev.paybridge.domain.money.Money;
import dev.paybridge.domain.tenant.Scope;
import dev.paybridge.domain.tenant.Tenant;
import dev.paybridge.testing.mothers.Invoices;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * What the persistence contracts share: the ports under test, fresh tenants, and a time window of its own for each
 * test, earlier than every window before it, so rows left by earlier tests on the same database are never due in a
 * later one (the job and reconciliation claims take rows of any tenant).
 */
public abstract class PersistenceContract {
    private static final Instant LATEST = Instant.parse("2200-01-01T00:00:00Z");
    private static final AtomicLong WINDOWS = new AtomicLong();
    private static final AtomicLong NUMBERS = new AtomicLong();
    protected final Instant now = LATEST.minus(Duration.ofDays(30 * WINDOWS.incrementAndGet()));

    /** The ports of the database under test. */
    protected abstract PersistencePorts ports();

    protected Tenant newTenant() {
        Tenant tenant = Tenant.create("Acme", now);
        ports().tenants().insert(tenant);
        return tenant;
    }

    /** The sandbox of a new tenant. */
    protected Scope newScope() {
        return newTenant().environments().get(0).scope();
    }

    protected Invoice newInvoice(Scope scope, Money total, Instant createdAt) {
        Invoice invoice = Invoices.draft(scope, "INV-" + NUMBERS.incrementAndGet(), total, createdAt);
        ports().invoices().insert(invoice);
        return invoice;
    }

    protected Invoice newInvoice(Scope scope) {
        return newInvoice(scope, Invoices.sar("100.00"), now);
    }

    /** A finalized invoice in KWD (three decimals) of two lines, one with a unit price of twelve decimals. */
    protected Invoice newKwdInvoiceOfTwoLines(Scope scope) {
        CurrencyUnit kwd = CurrencyUnit.of("KWD");
        Invoice invoice = Invoice.draft(InvoiceId.generate(), scope, "INV-" + NUMBERS.incrementAndGet(), kwd,
                new Customer("cus_1", "Acme", "billing@acme.test"),
                List.of(LineItem.of("API calls", new BigDecimal("1200"), new BigDecimal("0.012345678901"), kwd),
                        LineItem.of("Seats", new BigDecimal("3"), new BigDecimal("1.5"), kwd)),
                null, Map.of("order", "A-1"), now).finalized(now);
        ports().invoices().insert(invoice);
        return invoice;
    }

    /**
     * What {@code second} returns in a transaction of its own, started while a first transaction holds what
     * {@code hold} locked; the first then runs {@code write} on what it holds and commits.
     */
    protected <H, T> T seenWhileAnotherWrites(Supplier<H> hold, Consumer<H> write, Supplier<T> second)
            throws Exception {
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<?> writer = threads.submit(() -> ports().transactions().inTransaction(() -> {
                H holding = hold.get();
                held.countDown();
                awaitQuietly(release);
                write.accept(holding);
                return null;
            }));
            assertHeld(held);
            Future<T> waiter = threads.submit(() -> ports().transactions().inTransaction(second::get));
            Thread.sleep(300); // lets the second transaction reach what the first holds, then ends the first
            release.countDown();
            writer.get(10, TimeUnit.SECONDS);
            return waiter.get(10, TimeUnit.SECONDS);
        } finally {
            release.countDown();
            threads.shutdownNow();
        }
    }

    private static void assertHeld(CountDownLatch held) throws InterruptedException {
        if (!held.await(10, TimeUnit.SECONDS)) {
            throw new AssertionError("the first transaction never took its lock");
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
