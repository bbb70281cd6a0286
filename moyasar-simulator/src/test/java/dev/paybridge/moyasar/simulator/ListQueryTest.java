package dev.paybridge.moyasar.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ListQueryTest {

    private static final Instant NOON = Instant.parse("2026-01-01T12:00:00Z");

    @Test
    void reads_page_status_metadata_and_creation_bounds() {
        ListQuery query = ListQuery.from(Map.of("page", List.of("3"), "status", List.of("paid"),
                "metadata[order]", List.of("42"), "created[gte]", List.of("2026-01-01T12:00:00Z")));

        assertThat(query.page()).isEqualTo(3);
        assertThat(query.per()).isEqualTo(40);
        assertThat(query.matches("paid", NOON, Map.of("order", "42"))).isTrue();
        assertThat(query.matches("failed", NOON, Map.of("order", "42"))).isFalse();
        assertThat(query.matches("paid", NOON, Map.of("order", "43"))).isFalse();
        assertThat(query.matches("paid", NOON.minusMillis(1), Map.of("order", "42"))).isFalse();
    }

    @Test
    void strict_bounds_exclude_the_bound_itself() {
        ListQuery after = ListQuery.from(Map.of("created[gt]", List.of("2026-01-01T12:00:00Z")));
        ListQuery before = ListQuery.from(Map.of("created[lt]", List.of("2026-01-01")));

        assertThat(after.matches("paid", NOON, Map.of())).isFalse();
        assertThat(after.matches("paid", NOON.plusMillis(1), Map.of())).isTrue();
        assertThat(before.matches("paid", NOON, Map.of())).isFalse();
    }

    @Test
    void refuses_unreadable_dates_and_pages() {
        assertThatThrownBy(() -> ListQuery.from(Map.of("created[gt]", List.of("yesterday"))))
                .isInstanceOf(ApiError.class);
        assertThatThrownBy(() -> ListQuery.from(Map.of("page", List.of("two")))).isInstanceOf(ApiError.class);
    }

    @Test
    void reads_the_page_size_and_clamps_it_into_one_to_a_hundred() {
        assertThat(ListQuery.from(Map.of("per", List.of("5"))).per()).isEqualTo(5);
        assertThat(ListQuery.from(Map.of("per", List.of("0"))).per()).isEqualTo(1);
        assertThat(ListQuery.from(Map.of("per", List.of("-3"))).per()).isEqualTo(1);
        assertThat(ListQuery.from(Map.of("per", List.of("1000"))).per()).isEqualTo(100);
        assertThat(ListQuery.from(Map.of("page", List.of("0"))).page()).isEqualTo(1);
        assertThatThrownBy(() -> ListQuery.from(Map.of("per", List.of("ten")))).isInstanceOf(ApiError.class)
                .hasMessageContaining("per");
    }

    @Test
    void pages_by_the_requested_size() {
        List<Integer> items = IntStream.range(0, 7).boxed().toList();

        Page<Integer> second = Page.of(items, 2, 3);
        Page<Integer> huge = Page.of(items, 1, Integer.MAX_VALUE);

        assertThat(second.items()).containsExactly(3, 4, 5);
        assertThat(second.meta().toString()).isEqualTo("{\"current_page\":2,\"next_page\":3,\"prev_page\":1,"
                + "\"total_pages\":3,\"total_count\":7}");
        assertThat(huge.items()).hasSize(7);
        assertThat(huge.totalPages()).isEqualTo(1);
    }

    @Test
    void pages_forty_items_with_moyasar_meta() {
        List<Integer> items = IntStream.range(0, 81).boxed().toList();

        Page<Integer> first = Page.of(items, 1);
        Page<Integer> last = Page.of(items, 3);
        Page<Integer> beyond = Page.of(items, 4);
        Page<Integer> empty = Page.of(List.<Integer>of(), 1);

        assertThat(first.items()).hasSize(40).startsWith(0);
        assertThat(first.meta().toString()).isEqualTo("{\"current_page\":1,\"next_page\":2,\"prev_page\":null,"
                + "\"total_pages\":3,\"total_count\":81}");
        assertThat(last.items()).containsExactly(80);
        assertThat(last.nextPage()).isNull();
        assertThat(beyond.items()).isEmpty();
        assertThat(beyond.prevPage()).isEqualTo(3);
        assertThat(empty.totalPages()).isZero();
    }
}
