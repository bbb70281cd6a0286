package dev.paybridge.benchmarks;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** paybridge's open-loop latencies beside pgbench's at the same rate, and the ratio of their p99. */
final class TailComparison {
    private static final List<String> FIGURES = List.of("p50_ms", "p99_ms", "p99_9_ms", "max_ms");

    private TailComparison() {
    }

    static Map<String, Object> of(double rate, Map<String, Object> paybridge, Map<String, Object> pgbench) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("rate_per_s", Report.round(rate));
        map.put("paybridge", pick(paybridge));
        map.put("pgbench", pick(pgbench));
        map.put("ratio_p99", Report.ratio(number(paybridge, "p99_ms") / number(pgbench, "p99_ms")));
        return map;
    }

    private static Map<String, Object> pick(Map<String, Object> summary) {
        Map<String, Object> map = new LinkedHashMap<>();
        FIGURES.forEach(figure -> map.put(figure, summary.get(figure)));
        return map;
    }

    private static double number(Map<String, Object> summary, String figure) {
        return summary.get(figure) instanceof Number value ? value.doubleValue() : Double.NaN;
    }
}
