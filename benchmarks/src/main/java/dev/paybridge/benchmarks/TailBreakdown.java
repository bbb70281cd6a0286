package dev.paybridge.benchmarks;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Which of the open loop's slow requests were in flight while paybridge's or the load generator's JVM was paused. */
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
        map.put("slow_threshold_ms", slowMillis);
        map.put("requests", timeline.requests().size());
        map.put("slow_requests", slow.size());
        map.put("paybridge_gc_pauses", summary(paybridge));
        map.put("load_generator_gc_pauses", summary(harness));
        map.put("slow_in_flight_during_paybridge_gc", duringPaybridge);
        map.put("slow_in_flight_during_load_generator_gc", duringHarness);
        map.put("slow_in_flight_during_any_gc", duringEither);
        return map;
    }

    private static boolean during(Timeline.Request request, List<GcLog.Pause> pauses) {
        return pauses.stream().anyMatch(pause -> request.overlaps(pause.startMillis(), pause.endMillis()));
    }

    private static Map<String, Object> summary(List<GcLog.Pause> pauses) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("count", pauses.size());
        map.put("total_ms", Report.round(pauses.stream().mapToDouble(GcLog.Pause::millis).sum()));
        map.put("max_ms", Report.round(pauses.stream().mapToDouble(GcLog.Pause::millis).max().orElse(0)));
        return map;
    }
}
