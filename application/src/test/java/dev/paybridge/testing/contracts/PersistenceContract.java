package dev.paybridge.testing.contracts;

import dev.paybridge.domain.invoice.Invoice;
import dev.paybridge.domain.money.Money;
import dev.paybridge.domain.tenant.Scope;
import dev.paybridge.domain.tenant.Tenant;
import dev.paybridge.testing.mothers.Invoices;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

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
}
