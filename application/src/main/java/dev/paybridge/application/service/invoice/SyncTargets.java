package dev.paybridge.application.service.invoice;

import dev.paybridge.application.port.out.persistence.ConnectionRepository;
import dev.paybridge.application.port.out.persistence.InvoiceSyncRepository;
import dev.paybridge.application.problem.FieldErrors;
import dev.paybridge.application.problem.Refusal;
import dev.paybridge.application.problem.RequestRefusedException;
import dev.paybridge.domain.connection.Connection;
import dev.paybridge.domain.invoice.Invoice;
import dev.paybridge.domain.tenant.Scope;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** Decides which connection an invoice syncs to, and queues the sync: one place for that decision. */
public final class SyncTargets {
    private final ConnectionRepository connections;
    private final InvoiceSyncRepository syncs;
    private final Clock clock;

    @Inject
    public SyncTargets(ConnectionRepository connections, InvoiceSyncRepository syncs, Clock clock) {
        this.connections = connections;
        this.syncs = syncs;
        this.clock = clock;
    }

    /** The active connection whose invoice outbound sync is on, if the scope has one. */
    public Optional<Connection> outboundConnection(Scope scope) {
        return connections.findActive(scope).stream().filter(c -> c.syncConfig().invoiceOutbound()).findFirst();
    }

    /** The active connection to use for a payment link: the named provider's, or the only one. */
    public Connection linkConnection(Scope scope, Optional<String> providerType) {
        List<Connection> active = connections.findActive(scope);
        if (providerType.isPresent()) {
            return active.stream().filter(c -> c.providerType().equals(providerType.get())).findFirst()
                    .orElseThrow(() -> new RequestRefusedException(Refusal.NO_CONNECTION,
                            "this environment has no active " + providerType.get() + " connection"));
        }
        if (active.isEmpty()) {
            throw new RequestRefusedException(Refusal.NO_CONNECTION, "this environment has no active connection");
        }
        if (active.size() > 1) {
            throw FieldErrors.single("provider_type", "is required when the environment has several connections");
        }
        return active.get(0);
    }

    /** Queues the invoice's sync when a connection syncs invoices outbound; true when it did (call inside the tx). */
    public boolean queueIfSyncing(Invoice invoice) {
        Optional<Connection> connection = outboundConnection(invoice.scope());
        connection.ifPresent(c -> syncs.schedule(invoice.scope(), invoice.id(), c.id(), clock.instant()));
        return connection.isPresent();
    }
}
