package dev.paybridge.adapters.http.support;

import dev.paybridge.application.page.Page;
import dev.paybridge.application.page.PageRequest;
import io.javalin.http.Context;
import java.util.List;
import java.util.function.Function;

/** The list conventions: {@code limit} 1..100 (default 20), {@code offset} from 0, and the list envelope. */
public final class Pagination {
    private Pagination() {
    }

    public static PageRequest request(Context ctx) {
        RequestErrors errors = new RequestErrors();
        int limit = integer(ctx, "limit", PageRequest.DEFAULT_LIMIT, 1, PageRequest.MAX_LIMIT, errors);
        int offset = integer(ctx, "offset", 0, 0, Integer.MAX_VALUE, errors);
        errors.throwIfAny();
        return new PageRequest(limit, offset);
    }

    private static int integer(Context ctx, String name, int fallback, int min, int max, RequestErrors errors) {
        String text = ctx.queryParam(name);
        if (text == null) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text);
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // reported below with the range
        }
        errors.add(name, "must be a whole number from " + min + (max == Integer.MAX_VALUE ? "" : " to " + max));
        return fallback;
    }

    public static <T> ListEnvelope envelope(Page<T> page, Function<? super T, ?> mapper) {
        return new ListEnvelope(page.items().stream().map(mapper).toList(),
                new PageInfo(page.total(), page.request().limit(), page.request().offset()));
    }

    /** The body of every list answer. */
    public record ListEnvelope(List<?> items, PageInfo pagination) {
    }

    /** Where a list answer sits in the whole. */
    public record PageInfo(long total, int limit, int offset) {
    }
}
