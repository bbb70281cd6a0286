package dev.paybridge.domain.id;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paybridge.domain.connection.ConnectionId;
import dev.paybridge.domain.tenant.TenantId;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RandomIdsTest {

    @Test
    void ids_carry_their_prefix_and_parse_back() {
        ConnectionId id = ConnectionId.generate();
        assertThat(id.value()).startsWith("conn_").hasSize(31);
        assertThat(ConnectionId.parse(id.value())).contains(id);
    }

    @Test
    void malformed_or_foreign_ids_name_nothing() {
        assertThat(ConnectionId.parse(TenantId.generate().value())).isEmpty();
        assertThat(ConnectionId.parse("conn_' OR 1=1 --")).isEmpty();
        assertThat(ConnectionId.parse(null)).isEmpty();
    }

    @Test
    void a_body_holds_only_the_alphabet_and_follows_the_prefix_and_an_underscore() {
        String id = RandomIds.next("conn");
        String alphabet = "0123456789abcdefghjkmnpqrstvwxyz";
        for (char c = 0; c < 0x250; c++) {
            String changed = id.substring(0, 10) + c + id.substring(11);
            assertThat(RandomIds.isWellFormed(changed, "conn")).as("body character U+%04X", (int) c)
                    .isEqualTo(alphabet.indexOf(c) >= 0);
        }
        assertThat(RandomIds.isWellFormed("conn-" + id.substring(5), "conn")).isFalse();
        assertThat(RandomIds.isWellFormed("conx_" + id.substring(5), "conn")).isFalse();
        assertThat(RandomIds.isWellFormed(id + "0", "conn")).isFalse();
        assertThat(RandomIds.isWellFormed(id, "con")).isFalse();
    }

    @Test
    void ids_sort_by_creation_time_and_do_not_collide() {
        String earlier = RandomIds.next("x", Instant.parse("2026-01-01T00:00:00Z"));
        String later = RandomIds.next("x", Instant.parse("2026-01-01T00:00:00.001Z"));
        assertThat(earlier).isLessThan(later);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            assertThat(seen.add(RandomIds.next("x"))).isTrue();
        }
    }
}
