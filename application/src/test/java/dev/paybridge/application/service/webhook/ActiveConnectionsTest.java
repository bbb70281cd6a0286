package dev.paybridge.application.service.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paybridge.application.port.out.cache.BoundedCache;
import dev.paybridge.application.port.out.cache.Caches;
import dev.paybridge.domain.connection.Connection;
import dev.paybridge.domain.tenant.Scope;
import dev.paybridge.domain.tenant.Tenant;
import dev.paybridge.testing.fakes.InMemoryCaches;
import dev.paybridge.testing.fakes.InMemoryPersistence;
import dev.paybridge.testing.mothers.Connections;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class ActiveConnectionsTest {
    private final InMemoryPersistence db = new InMemoryPersistence();
    private final Instant now = Instant.parse("2030-03-01T10:00:00Z");
    private final Scope scope = sandboxOfANewTenant();
    private final Connection connection = Connections.active(scope, "fakepay", now);

    @Test
    void keeps_what_it_found_and_not_what_it_did_not() {
        ActiveConnections active = new ActiveConnections(db.connections, new InMemoryCaches());
        assertThat(active.find(scope, "fakepay")).isEqualTo(new ActiveConnections.Read(Optional.empty(), false));
        db.connections.insert(connection);

        assertThat(active.find(scope, "fakepay").wasKept()).as("nothing was kept").isFalse();
        assertThat(active.find(scope, "fakepay")).isEqualTo(new ActiveConnections.Read(Optional.of(connection), true));
        assertThat(db.connections.activeReads()).isEqualTo(2);
    }

    /** Another webhook may keep the connection again between this one's forgetting it and its read. */
    @Test
    void a_fresh_read_reads_the_database_even_when_a_connection_is_kept_again_meanwhile() {
        db.connections.insert(connection);
        ActiveConnections active = new ActiveConnections(db.connections, new KeptAgainAtOnce());
        active.find(scope, "fakepay");
        int reads = db.connections.activeReads();

        ActiveConnections.Read fresh = active.reread(scope, "fakepay");

        assertThat(fresh.wasKept()).isFalse();
        assertThat(fresh.connection()).contains(connection);
        assertThat(db.connections.activeReads()).isEqualTo(reads + 1);
    }

    private Scope sandboxOfANewTenant() {
        Tenant tenant = Tenant.create("Acme", now);
        db.tenants.insert(tenant);
        return tenant.environments().get(0).scope();
    }

    /** A cache whose forgetting never shows: what it kept is found again at once, as if another thread kept it. */
    private static final class KeptAgainAtOnce implements Caches {
        @Override
        public <K, V> BoundedCache<K, V> bounded(int maximumSize) {
            BoundedCache<K, V> kept = new InMemoryCaches().bounded(maximumSize);
            return new BoundedCache<>() {
                @Override
                public V get(K key, Function<? super K, ? extends V> load) {
                    return kept.get(key, load);
                }

                @Override
                public void invalidate(K key) {
                }
            };
        }
    }
}
