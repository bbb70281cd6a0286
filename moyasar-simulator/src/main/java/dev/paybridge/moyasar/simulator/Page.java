package dev.paybridge.moyasar.simulator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** One page of a list answer and its Moyasar {@code meta} block (40 items a page unless asked otherwise). */
record Page<T>(List<T> items, int currentPage, Integer nextPage, Integer prevPage, int totalPages, int totalCount) {

    static final int PER_PAGE = 40;
    static final int MAX_PER_PAGE = 100;

    static <T> Page<T> of(List<T> all, int page) {
        return of(all, page, PER_PAGE);
    }

    static <T> Page<T> of(List<T> all, int page, int per) {
        int totalCount = all.size();
        int totalPages = (int) ((totalCount + (long) per - 1) / per);
        int from = (int) Math.min((long) (page - 1) * per, totalCount);
        int to = (int) Math.min((long) from + per, totalCount);
        return new Page<>(List.copyOf(all.subList(from, to)), page, page < totalPages ? page + 1 : null,
                page > 1 ? page - 1 : null, totalPages, totalCount);
    }

    ObjectNode meta() {
        ObjectNode meta = Json.object();
        meta.put("current_page", currentPage);
        meta.put("next_page", nextPage);
        meta.put("prev_page", prevPage);
        meta.put("total_pages", totalPages);
        meta.put("total_count", totalCount);
        return meta;
    }
}
