package dev.paybridge.benchmarks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The harness's settings: {@code --name=value} (or {@code --name value}) options over documented defaults. */
record Options(Path root, int events, List<Integer> clients, int warmupEvents, double stepSeconds, int stepMaxEvents,
        double openLoopSeconds, int openLoopThreads, double pgbenchSeconds, List<Integer> pgbenchAlso, int pgbenchRows, int syncInvoices,
        int pacedInvoices, int syncLatencyMs, int syncWorkers, int setupClients, String paybridgeJavaOpts, boolean pauseDamon,
        Path markdown, Path json, String command) {

    static final String USAGE = """
            options (defaults in brackets):
              --events=N               webhook events, one linked invoice each [24000]
              --clients=1,2,4,...      closed-loop client counts of the ingest steps [1,2,4,8,16,32]
              --warmup-events=N        events sent first at 8 clients, not counted [5000]
              --step-seconds=S         time bound of each closed-loop step [5]
              --step-max-events=N      count bound of each closed-loop step [2000]
              --open-loop-seconds=S    length of the run at half the max rate [10]
              --open-loop-threads=N    sender connections of the open-loop run [64]
              --pgbench-seconds=S      pgbench -T [10]
              --pgbench-also=4,8       further pgbench client counts, for reference [4,8]
              --pgbench-rows=N         synthetic invoices pgbench pays at random [200000]
              --sync-invoices=M        invoices of the sync burst [400]
              --paced-invoices=N       invoices finalized at half the ideal rate for finalize->link latency [200]
              --sync-latency-ms=MS     simulator latency on POST /v1/invoices [100]
              --sync-workers=N         PAYBRIDGE_SYNC_WORKERS [8]
              --setup-clients=N        concurrent API clients that create invoices [16]
              --growth-sizes=N,N,...   invoice counts the growth phase measures ingest at, in a database of its own
                                       [10000,100000,1000000]; empty or --no-growth skips the phase
              --growth-events=N        measured webhooks at each size, after a warm-up of a fifth as many [3000]
              --growth-clients=N       closed-loop clients of the growth phase [8]
              --paybridge-java-opts=S  JVM options of the paybridge process [none]
              --pause-damon=yes|no     turn the kernel's DAMON monitors off for the run, on after it (root) [no]
              --root=DIR               project root [.]
              --markdown=FILE          [docs/benchmarks.md]   --json=FILE  [benchmarks/results.json]
            """;

    static Options parse(String[] args) {
        Map<String, String> given = new LinkedHashMap<>();
        List<String> rest = new ArrayList<>(Arrays.asList(args));
        while (!rest.isEmpty()) {
            String arg = rest.remove(0);
            if (arg.equals("--help") || arg.equals("-h")) {
                System.out.println(USAGE);
                System.exit(0);
            }
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument " + arg + "\n" + USAGE);
            }
            int eq = arg.indexOf('=');
            if (eq > 0) {
                given.put(arg.substring(2, eq), arg.substring(eq + 1));
            } else if (!rest.isEmpty()) {
                given.put(arg.substring(2), rest.remove(0));
            } else {
                throw new IllegalArgumentException("option " + arg + " needs a value\n" + USAGE);
            }
        }
        Map<String, String> left = new LinkedHashMap<>(given);
        Path root = Path.of(take(left, "root", ".")).toAbsolutePath().normalize();
        Options options = new Options(root,
                Integer.parseInt(take(left, "events", "24000")),
                Arrays.stream(take(left, "clients", "1,2,4,8,16,32").split(",")).map(String::trim)
                        .map(Integer::parseInt).toList(),
                Integer.parseInt(take(left, "warmup-events", "5000")),
                Double.parseDouble(take(left, "step-seconds", "5")),
                Integer.parseInt(take(left, "step-max-events", "2000")),
                Double.parseDouble(take(left, "open-loop-seconds", "10")),
                Integer.parseInt(take(left, "open-loop-threads", "64")),
                Double.parseDouble(take(left, "pgbench-seconds", "10")),
                Arrays.stream(take(left, "pgbench-also", "4,8").split(",")).map(String::trim)
                        .filter(text -> !text.isEmpty()).map(Integer::parseInt).toList(),
                Integer.parseInt(take(left, "pgbench-rows", "200000")),
                Integer.parseInt(take(left, "sync-invoices", "400")),
                Integer.parseInt(take(left, "paced-invoices", "200")),
                Integer.parseInt(take(left, "sync-latency-ms", "100")),
                Integer.parseInt(take(left, "sync-workers", "8")),
                Integer.parseInt(take(left, "setup-clients", "16")),
                take(left, "paybridge-java-opts", ""),
                yesNo(take(left, "pause-damon", "no")),
                root.resolve(take(left, "markdown", "docs/benchmarks.md")),
                root.resolve(take(left, "json", "benchmarks/results.json")),
                take(left, "command", "java -jar benchmarks/target/paybridge-benchmarks.jar " + String.join(" ", args)));
        if (!left.isEmpty()) {
            throw new IllegalArgumentException("unknown options " + left.keySet() + "\n" + USAGE);
        }
        return options;
    }

    private static boolean yesNo(String text) {
        return switch (text) {
            case "yes" -> true;
            case "no" -> false;
            default -> throw new IllegalArgumentException("--pause-damon takes yes or no, got " + text);
        };
    }

    private static String take(Map<String, String> given, String name, String fallback) {
        String value = given.remove(name);
        return value == null ? fallback : value;
    }

    /** The settings as written into the results. */
    Map<String, Object> asMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("events", events);
        map.put("clients", clients);
        map.put("warmup_events", warmupEvents);
        map.put("step_seconds", stepSeconds);
        map.put("step_max_events", stepMaxEvents);
        map.put("open_loop_seconds", openLoopSeconds);
        map.put("open_loop_threads", openLoopThreads);
        map.put("pgbench_seconds", pgbenchSeconds);
        map.put("pgbench_also", pgbenchAlso);
        map.put("pgbench_rows", pgbenchRows);
        map.put("sync_invoices", syncInvoices);
        map.put("paced_invoices", pacedInvoices);
        map.put("sync_latency_ms", syncLatencyMs);
        map.put("sync_workers", syncWorkers);
        map.put("setup_clients", setupClients);
        map.put("paybridge_java_opts", paybridgeJavaOpts);
        map.put("pause_damon", pauseDamon);
        return map;
    }
}
