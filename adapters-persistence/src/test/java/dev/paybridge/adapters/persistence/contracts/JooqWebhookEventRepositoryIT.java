package dev.paybridge.adapters.persistence.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paybridge.application.port.out.persistence.WebhookVerifier;
import dev.paybridge.domain.connection.Connection;
import dev.paybridge.domain.tenant.Scope;
import dev.paybridge.domain.webhook.WebhookEvent;
import dev.paybridge.testing.contracts.PersistencePorts;
import dev.paybridge.testing.contracts.WebhookEventRepositoryContract;
import dev.paybridge.testing.mothers.Connections;
import dev.paybridge.testing.mothers.Events;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The jOOQ webhook event repository held to its contract on a fresh PostgreSQL database. */
class JooqWebhookEventRepositoryIT extends WebhookEventRepositoryContract {
    @RegisterExtension
    static final FreshDatabase DATABASE = new FreshDatabase();

    @Override
    protected PersistencePorts ports() {
        return DATABASE.ports();
    }

    /** The check and the insert go in one round trip: only a transaction's rollback can undo the insert. */
    @Test
    void a_checked_insert_outside_a_transaction_is_refused_before_it_is_sent() {
        Scope scope = newScope();
        Connection connection = Connections.active(scope, "fakepay", now);
        ports().connections().insert(connection);
        WebhookEvent event = Events.processed(scope, "evt_outside", now);

        assertThatThrownBy(() -> ports().events().insert(event, WebhookVerifier.of(connection)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("inside a transaction");
        assertThat(ports().events().find(scope, event.id())).isEmpty();
    }
}
