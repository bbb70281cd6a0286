package dev.paybridge.application.port.out.persistence;

import dev.paybridge.domain.connection.ConnectionId;
import dev.paybridge.domain.invoice.InvoiceId;
import dev.paybridge.domain.tenant.Scope;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** The durable queue of gateway links to cancel, retried until the gateway confirms. */
public interface LinkCancellationRepository {

    void schedule(Scope scope, InvoiceId invoiceId, String gatewayInvoiceId, ConnectionId connectionId, Instant at);

    Optional<SyncClaim> claimNextDue(Instant now, Duration lease);

    boolean markDone(SyncClaim claim, Instant now);

    boolean markRetry(SyncClaim claim, String error, Instant nextAttemptAt);

    boolean markFailed(SyncClaim claim, String error);
}
