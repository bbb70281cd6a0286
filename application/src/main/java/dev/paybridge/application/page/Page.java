package dev.paybridge.application.page;

import java.util.List;
import java.util.function.Function;

/** One slice of a list and the total number of items behind it. */
public record Page<T>(List<T> items, long total, PageRequest request) {
    public Page {
        items = List.copyOf(items);
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), total, request);
    }
}
