package dev.paybridge.benchmarks;

import java.util.LinkedHashMap;
import java.util.Map;
import org.HdrHistogram.Histogram;

/** A latency histogram in microseconds (HdrHistogram, 3 significant digits) and its summary in milliseconds. */
final class Latencies {
    private final Histogram histogram = new Histogram(120_000_000L, 3);

    void recordNanos(long nanos) {
        histogram.recordValue(Math.max(1, Math.min(nanos / 1_000, histogram.getHighestTrackableValue())));
    }

    void add(Latencies other) {
        histogram.add(other.histogram);
    }

    long count() {
        return histogram.getTotalCount();
    }

    double percentileMillis(double percentile) {
        return count() == 0 ? Double.NaN : histogram.getValueAtPercentile(percentile) / 1_000.0;
    }

    Map<String, Object> summary() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("count", count());
        map.put("p50_ms", Report.round(percentileMillis(50)));
        map.put("p90_ms", Report.round(percentileMillis(90)));
        map.put("p99_ms", Report.round(percentileMillis(99)));
        map.put("p99_9_ms", Report.round(percentileMillis(99.9)));
        map.put("max_ms", count() == 0 ? null : Report.round(histogram.getMaxValue() / 1_000.0));
        return map;
    }
}
