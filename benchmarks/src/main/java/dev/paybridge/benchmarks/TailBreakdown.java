package dev.paybridge.benchmarks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Which of the open loop's slow requests were in flight while paybridge's or the load generator's JVM was stopped. */
final class TailBreakdown {

    private TailBreakdown() {
    }

    static Map<String, Object> of(Timeline timeline, double slowMillis, List<GcLog.Pause> paybridgeGc,
            List<GcLog.Pause> harnessGc) {
        double from = timeline.startMillis();
        double to = timeline.endMillis();
        List<GcLog.Pause> paybridge = GcLog.between(paybridgeGc, from, to);
        List<GcLog.Pause> harness = GcLog.between(harnessGc, from, to);
        List<Timeline.Request> slow = timeline.slowerThan(slowMillis);
        long duringPaybridge = slow.stream().filter(request -> during(request, paybridge)).count();
        long duringHarness = slow.stream().filter(request -> during(request, harness)).count();
        long duringEither = slow.stream().filter(request -> during(request, paybridge) || during(request, harness))
                .count();
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("slow_threshold_ms", Report.round(slowMillis));
        map.put("requests", timeline.requests().size());
        map.put("slow_requests", slow.size());
        map.put("paybridge_gc_pauses", summary(paybridge));
        map.put("load_generator_gc_pauses", summary(harness));
        map.put("slow_in_flight_during_paybridge_gc", duringPaybridge);
        map.put("slow_in_flight_during_load_generator_gc", duringHarness);
        map.put("slow_in_flight_during_any_gc", duringEither);
        List<Double> bursts = burstStarts(timeline.requests(), slowMillis);
        map.put("slow_bursts", bursts.size());
        map.put("median_ms_between_bursts", Report.round(medianGap(bursts)));
        return map;
    }

    /** When each run of consecutive slow requests began: a stall shows as one burst of late answers. */
    private static List<Double> burstStarts(List<Timeline.Request> requests, double slowMillis) {
        List<Double> starts = new ArrayList<>();
        boolean previousSlow = false;
        for (Timeline.Request request : requests) {
            boolean slow = request.latencyMillis() > slowMillis;
            if (slow && !previousSlow) {
                starts.add(request.dueMillis());
            }
            previousSlow = slow;
        }
        return starts;
    }

    private static double medianGap(List<Double> starts) {
        if (starts.size() < 2) {
            return Double.NaN;
        }
        List<Double> gaps = new ArrayList<>();
        for (int i = 1; i < starts.size(); i++) {
            gaps.add(starts.get(i) - starts.get(i - 1));
        }
        Collections.sort(gaps);
        return gaps.get(gaps.size() / 2);
    }

    private static boolean during(Timeline.Request request, List<GcLog.Pause> pauses) {
        return pauses.stream().anyMatch(pause -> request.overlaps(pause.startMillis(), pause.endMillis()));
    }

    private static Map<String, Object> summary(List<GcLog.Pause> pauses) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("count", pauses.size());
        map.put("total_ms", Report.round(pauses.stream().mapToDouble(GcLog.Pause::millis).sum()));
        map.put("max_ms", Report.round(pauses.stream().mapToDouble(GcLog.Pause::millis).max().orElse(0)));
        map.put("by_reason", pauses.stream().collect(Collectors.groupingBy(GcLog.Pause::reason, TreeMap::new,
                Collectors.counting())));
        return map;
    }
}
