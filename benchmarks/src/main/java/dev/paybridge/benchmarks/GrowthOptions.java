package dev.paybridge.benchmarks;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The growth phase's settings ({@code --growth-sizes}, {@code --growth-events}, {@code --growth-clients}). */
record GrowthOptions(List<Integer> sizes, int events, int clients) {

    /** No sizes: the phase is skipped. */
    boolean enabled() {
        return !sizes.isEmpty();
    }

    /** The settings as written into the results. */
    Map<String, Object> asMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("sizes", sizes);
        map.put("events_per_size", events);
        map.put("clients", clients);
        return map;
    }
}
