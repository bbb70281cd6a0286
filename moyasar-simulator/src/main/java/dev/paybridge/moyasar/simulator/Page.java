package dev.paybridge.moyasar.simulator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** One page of a list answer and its Moyasar {@code meta} block (40 items a page). */
record Page<T>(List<T> items, int currentPage, Integer nextPage, Integer prevPage, int totalPages, int totalCount) {

    static final int PER_PAGE = 40;

    static <T> Page<T> of(List<T> all, int page) {
        int totalCount = all.size();
        int totalPages = (totalCount + PER_PAGE - 1) / PER_PAGE;
        int from = Math.min((page - 1) * PER_PAGE, totalCount);
        int to = Math.min(from + PER_PAGE, totalCount);
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
