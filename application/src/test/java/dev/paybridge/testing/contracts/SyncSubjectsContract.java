package dev.paybridge.testing.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paybridge.application.port.out.persistence.SyncSubjects.LockedSubject;
import dev.paybridge.application.port.out.persistence.SyncSubjects.SyncSubject;
import dev.paybridge.domain.connection.Connection;
import dev.paybridge.domain.connection.ConnectionId;
import dev.paybridge.domain.invoice.Invoice;
import dev.paybridge.domain.invoice.InvoiceId;
import dev.paybridge.domain.invoice.LinkStatus;
import dev.paybridge.domain.tenant.Scope;
import dev.paybridge.testing.mothers.Connections;
import dev.paybridge.testing.mothers.Links;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What every {@code SyncSubjects} does: a sync's three reads, each exactly as its repository reads it. */
public abstract class SyncSubjectsContract extends PersistenceContract {

    @Test
    void reads_the_invoice_with_its_lines_its_connection_and_its_current_link_exactly_as_stored() {
        Scope scope = newScope();
        Connection connection = newConnection(scope);
        Invoice invoice = newKwdInvoiceOfTwoLines(scope);
        ports().links().insert(scope, Links.of(invoice.id(), "gw-old", connection.id(), LinkStatus.RETIRED, false,
                now.minusSeconds(60)));
        ports().links().insert(scope, Links.current(invoice.id(), "gw-now", connection.id(), now));

        SyncSubject subject = ports().syncSubjects().read(scope, invoice.id(), connection.id());

        assertThat(subject.invoice()).isPresent().isEqualTo(ports().invoices().find(scope, invoice.id()));
        assertThat(subject.invoice().orElseThrow().lineItems()).hasSize(2);
        assertThat(subject.connection()).isPresent().isEqualTo(ports().connections().find(scope, connection.id()));
        assertThat(subject.currentLink()).isEqualTo(ports().links().findCurrent(scope, invoice.id()))
                .get().extracting(link -> link.gatewayInvoiceId()).isEqualTo("gw-now");
    }

    @Test
    void an_invoice_without_a_current_link_is_read_with_none() {
        Scope scope = newScope();
        Connection connection = newConnection(scope);
        Invoice invoice = newInvoice(scope);
        ports().links().insert(scope, Links.of(invoice.id(), "gw-old", connection.id(), LinkStatus.EXPIRED, false,
                now));

        SyncSubject subject = ports().syncSubjects().read(scope, invoice.id(), connection.id());

        assertThat(subject.invoice()).isEqualTo(ports().invoices().find(scope, invoice.id())).isPresent();
        assertThat(subject.connection()).isPresent();
        assertThat(subject.currentLink()).isEmpty();
    }

    @Test
    void reads_nothing_of_another_environment_or_that_is_not_there() {
        Scope scope = newScope();
        Connection connection = newConnection(scope);
        Invoice invoice = newInvoice(scope);
        ports().links().insert(scope, Links.current(invoice.id(), "gw-1", connection.id(), now));

        SyncSubject elsewhere = ports().syncSubjects().read(newScope(), invoice.id(), connection.id());
        SyncSubject missing = ports().syncSubjects().read(scope, InvoiceId.generate(), ConnectionId.generate());
        SyncSubject otherConnection = ports().syncSubjects().read(scope, invoice.id(), ConnectionId.generate());

        assertThat(List.of(elsewhere.invoice(), elsewhere.connection(), elsewhere.currentLink(), missing.invoice(),
                missing.connection(), missing.currentLink(), otherConnection.connection())).allMatch(o -> o.isEmpty());
        assertThat(otherConnection.invoice()).isPresent();
        assertThat(otherConnection.currentLink()).isPresent();
    }

    @Test
    void locks_the_invoice_and_reads_its_current_link_exactly_as_stored() {
        Scope scope = newScope();
        Invoice invoice = newInvoice(scope);
        ports().links().insert(scope, Links.current(invoice.id(), "gw-l", ConnectionId.generate(), now));

        LockedSubject locked = ports().transactions().inTransaction(() ->
                ports().syncSubjects().lock(scope, invoice.id()));

        assertThat(locked.invoice()).isPresent().isEqualTo(ports().invoices().find(scope, invoice.id()));
        assertThat(locked.currentLink()).isPresent().isEqualTo(ports().links().findCurrent(scope, invoice.id()));
        assertThat(ports().transactions().inTransaction(() -> ports().syncSubjects().lock(newScope(), invoice.id())))
                .isEqualTo(new LockedSubject(Optional.empty(), Optional.empty()));
    }

    @Test
    void reads_the_current_link_once_it_holds_the_lock() throws Exception {
        Scope scope = newScope();
        Invoice invoice = newInvoice(scope);
        ConnectionId connectionId = ConnectionId.generate();
        ports().links().insert(scope, Links.current(invoice.id(), "gw-before", connectionId, now));

        LockedSubject seen = seenWhileAnotherWrites(
                () -> ports().syncSubjects().lock(scope, invoice.id()),
                held -> {
                    ports().links().retire(scope, invoice.id(), "gw-before", LinkStatus.RETIRED);
                    ports().links().insert(scope, Links.current(invoice.id(), "gw-after", connectionId, now));
                },
                () -> ports().syncSubjects().lock(scope, invoice.id()));

        assertThat(seen.invoice()).isPresent();
        assertThat(seen.currentLink()).get().extracting(link -> link.gatewayInvoiceId()).isEqualTo("gw-after");
    }

    private Connection newConnection(Scope scope) {
        Connection connection = Connections.active(scope, "fakepay", now);
        ports().connections().insert(connection);
        return connection;
    }
}
