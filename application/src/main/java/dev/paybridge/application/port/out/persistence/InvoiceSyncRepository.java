package dev.paybridge.application.port.out.persistence;

import dev.paybridge.domain.connection.ConnectionId;
import dev.paybridge.domain.invoice.InvoiceId;
import dev.paybridge.domain.invoice.InvoiceSync;
import dev.paybridge.domain.tenant.Scope;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The durable queue of invoice syncs: one row per invoice, claimed with a lease ({@code FOR UPDATE SKIP LOCKED}), so
 * several service instances share it and a crashed worker's job is taken again when its lease runs out.
 */
public interface InvoiceSyncRepository {

    /** Queues (or re-queues) the invoice for sync through the connection, due at {@code at}, with no attempts yet. */
    void schedule(Scope scope, InvoiceId invoiceId, ConnectionId connectionId, Instant at);

    Optional<InvoiceSync> find(Scope scope, InvoiceId invoiceId);

    /** Leases the oldest due, unleased pending sync of any scope, counting the attempt. */
    Optional<SyncClaim> claimNextDue(Instant now, Duration lease);

    /** Leases this invoice's sync if it is pending and nobody holds it, counting the attempt. */
    Optional<SyncClaim> claim(Scope scope, InvoiceId invoiceId, Instant now, Duration lease);

    /** Whether someone holds a live lease on this invoice's sync. */
    boolean isLeased(Scope scope, InvoiceId invoiceId, Instant now);

    /** The sync is done; false when the lease was lost (someone else took the job). */
    boolean markSynced(SyncClaim claim, Instant now);

    boolean markRetry(SyncClaim claim, String error, Instant nextAttemptAt, Instant now);

    boolean markFailed(SyncClaim claim, String error, Instant now);

    /** Drops the sync: the invoice no longer needs a link (voided, paid). */
    void remove(Scope scope, InvoiceId invoiceId);
}
