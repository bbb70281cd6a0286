package dev.paybridge.application.port.out.persistence;

import dev.paybridge.domain.connection.ConnectionId;
import dev.paybridge.domain.invoice.InvoiceId;
import dev.paybridge.domain.tenant.Scope;
import java.util.Objects;

/**
 * A gateway job leased to one worker: {@code attempt} counts this one (1 is the first), and only the holder of
 * {@code leaseToken} may settle it. {@code gatewayInvoiceId} is set for link cancellations.
 */
public record SyncClaim(Scope scope, InvoiceId invoiceId, ConnectionId connectionId, String gatewayInvoiceId,
        int attempt, String leaseToken) {
    public SyncClaim {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(invoiceId, "invoiceId");
        Objects.requireNonNull(connectionId, "connectionId");
        Objects.requireNonNull(leaseToken, "leaseToken");
    }
}
