package dev.paybridge.application.service.invoice;

import dev.paybridge.application.outcome.Outcome;
import dev.paybridge.application.outcome.RefusalKind;
import dev.paybridge.application.port.out.jobs.JobQueue;
import dev.paybridge.application.port.out.persistence.ConnectionRepository;
import dev.paybridge.domain.connection.Connection;
import dev.paybridge.domain.invoice.Invoice;
import dev.paybridge.domain.tenant.Scope;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Decides which connection an invoice syncs to, and queues the sync: one place for that decision. */
public final class SyncTargets {
    private final ConnectionRepository connections;
    private final JobQueue jobs;
    private final Clock clock;

    @Inject
    public SyncTargets(ConnectionRepository connections, JobQueue jobs, Clock clock) {
        this.connections = connections;
        this.jobs = jobs;
        this.clock = clock;
    }

    /** The active connection whose invoice outbound sync is on, if the scope has one. */
    public Optional<Connection> outboundConnection(Scope scope) {
        return connections.findActive(scope).stream().filter(c -> c.syncConfig().invoiceOutbound()).findFirst();
    }

    /** The active connection to use for a payment link: the named provider's, or the only one. */
    public Outcome<Connection> linkConnection(Scope scope, Optional<String> providerType) {
        List<Connection> active = connections.findActive(scope);
        if (providerType.isPresent()) {
            return active.stream().filter(c -> c.providerType().equals(providerType.get())).findFirst()
                    .map(Outcome::done)
                    .orElseGet(() -> Outcome.refused(RefusalKind.NO_CONNECTION,
                            "this environment has no active " + providerType.get() + " connection"));
        }
        if (active.isEmpty()) {
            return Outcome.refused(RefusalKind.NO_CONNECTION, "this environment has no active connection");
        }
        if (active.size() > 1) {
            return Outcome.invalid("providerType", "is required when the environment has several connections");
        }
        return Outcome.done(active.get(0));
    }

    /** Queues the invoice's sync when a connection syncs invoices outbound; true when it did (call inside the tx). */
    public boolean queueIfSyncing(Invoice invoice) {
        Optional<Connection> connection = outboundConnection(invoice.scope());
        connection.ifPresent(c -> queue(invoice, c));
        return connection.isPresent();
    }

    /** Queues the invoice's sync through this connection, due now (call inside the transaction that needs it). */
    public void queue(Invoice invoice, Connection connection) {
        jobs.schedule(InvoiceSyncJob.key(invoice.scope(), invoice.id()), connection.id(), Map.of(), clock.instant());
    }
}
