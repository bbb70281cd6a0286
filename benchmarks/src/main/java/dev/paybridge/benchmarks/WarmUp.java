package dev.paybridge.benchmarks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Warms paybridge up before a measurement: closed-loop rounds of webhooks, not counted, until its JIT compiler is
 * quiet. A fresh JVM compiles the webhook path for tens of thousands of requests: on two cores its C2 compiler
 * threads took 15–20 % of paybridge's CPU for 10 000 webhooks after a 5000-event warm-up, and the CPU per webhook
 * fell from 0.75 to 0.34 ms over the next 20 000 while nothing else changed. A fixed count either measures that
 * compilation or wastes minutes on a fast machine; the compiler's own CPU says when it is done.
 */
final class WarmUp {
    /** paybridge counts as warm after a round in which its JIT compiler threads used at most this share of its CPU. */
    static final double QUIET_JIT_SHARE = 0.05;
    static final int CLIENTS = 8;
    /** Warm-up rounds' worth of events made at once when more are needed. */
    static final int ROUNDS_PER_BATCH = 3;
    private static final double ROUND_SECONDS = 120;

    private WarmUp() {
    }

    /**
     * Rounds of {@link Options#warmupEvents()} at {@link #CLIENTS} clients until one leaves the JIT quiet, at most
     * {@link Options#warmupMaxEvents()} in all, with {@code reserve} unsent events left after it.
     */
    static Map<String, Object> run(WebhookIngest load, long pid, Options options, int reserve) throws Exception {
        return run(load, pid, CLIENTS, options.warmupEvents(), options.warmupMaxEvents(), reserve);
    }

    /**
     * Rounds of {@code roundEvents} at {@code clients} clients until one leaves the JIT quiet, at most
     * {@code maxEvents} in all, with {@code reserve} unsent events left after it; what each round measured. Missing
     * events are made before a round, never after the last: making invoices runs other code, which can set the
     * compiler to work again.
     */
    static Map<String, Object> run(WebhookIngest load, long pid, int clients, int roundEvents, int maxEvents,
            int reserve) throws Exception {
        List<Map<String, Object>> rounds = new ArrayList<>();
        long sent = 0;
        boolean quiet = false;
        while (!quiet && sent < maxEvents) {
            int events = (int) Math.min(roundEvents, maxEvents - sent);
            if (load.remaining() < events + reserve) {
                // enough for a few rounds at once: each batch of invoices made sets the compiler to work again
                load.ensure(ROUNDS_PER_BATCH * roundEvents + reserve);
            }
            long processBefore = CpuMeter.processTicks(pid);
            long compilerBefore = CpuMeter.compilerTicks(pid);
            WebhookIngest.Step step = load.closedLoop(clients, ROUND_SECONDS, events);
            long process = CpuMeter.processTicks(pid) - processBefore;
            long compiler = CpuMeter.compilerTicks(pid) - compilerBefore;
            double share = process == 0 ? 1 : (double) compiler / process;
            quiet = share <= QUIET_JIT_SHARE;
            long handled = step.ok() + step.errors();
            sent += handled;
            Map<String, Object> round = step.asMap();
            round.put("paybridge_cpu_per_webhook_ms", Report.round(CpuMeter.millis(process) / Math.max(1, handled)));
            round.put("jit_share_of_paybridge_cpu", Report.round(share));
            rounds.add(round);
            BenchmarkMain.log(String.format("warm-up round %d: %d events, %.1f/s, paybridge %.2f ms CPU per webhook, "
                    + "JIT compiler %.0f %% of it", rounds.size(), handled, step.rate(),
                    CpuMeter.millis(process) / Math.max(1, handled), share * 100));
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("clients", clients);
        result.put("events", sent);
        result.put("errors", rounds.stream().mapToLong(round -> ((Number) round.get("errors")).longValue()).sum());
        result.put("jit_quiet", quiet);
        result.put("rounds", rounds);
        return result;
    }
}
