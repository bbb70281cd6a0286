package dev.paybridge.testing.fakes;

import dev.paybridge.application.page.Page;
import dev.paybridge.application.page.PageRequest;
import java.util.Comparator;
import java.util.List;

/** Sorts, counts and slices rows as {@code ORDER BY … LIMIT … OFFSET} with a {@code count(*)} does. */
final class Pages {
    private Pages() {
    }

    static <T> Page<T> of(List<T> rows, Comparator<T> order, PageRequest page) {
        List<T> items = rows.stream().sorted(order).skip(page.offset()).limit(page.limit()).toList();
        return new Page<>(items, rows.size(), page);
    }
}
