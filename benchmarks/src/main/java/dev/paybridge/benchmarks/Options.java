package dev.paybridge.benchmarks;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The harness's settings: {@code --name=value} (or {@code --name value}) options over documented defaults (picocli). */
record Options(Path root, int events, List<Integer> clients, int warmupEvents, int warmupMaxEvents,
        double stepSeconds, int stepMaxEvents,
        double openLoopSeconds, int openLoopThreads, double pgbenchSeconds, List<Integer> pgbenchAlso, int pgbenchRows, int syncInvoices,
        int pacedInvoices, int syncLatencyMs, int syncWorkers, int setupClients, String paybridgeJavaOpts,
        GrowthOptions growth, Path markdown, Path json, String command) {

    /** Parses the command line; {@code --help} prints the options and exits. */
    static Options parse(String[] args) {
        Flags flags = new Flags();
        CommandLine cli = new CommandLine(flags);
        try {
            cli.parseArgs(args);
        } catch (CommandLine.ParameterException wrong) {
            throw new IllegalArgumentException(wrong.getMessage() + "\n" + cli.getUsageMessage());
        }
        if (cli.isUsageHelpRequested()) {
            cli.usage(System.out);
            System.exit(0);
        }
        Path root = flags.root.toAbsolutePath().normalize();
        return new Options(root, flags.events, ints(flags.clients), flags.warmupEvents,
                flags.warmupMaxEvents, flags.stepSeconds,
                flags.stepMaxEvents, flags.openLoopSeconds, flags.openLoopThreads, flags.pgbenchSeconds,
                ints(flags.pgbenchAlso), flags.pgbenchRows, flags.syncInvoices, flags.pacedInvoices,
                flags.syncLatencyMs, flags.syncWorkers, flags.setupClients, flags.paybridgeJavaOpts,
                new GrowthOptions(flags.noGrowth ? List.of() : ints(flags.growthSizes), flags.growthEvents,
                        flags.growthClients),
                root.resolve(flags.markdown), root.resolve(flags.json),
                flags.command != null ? flags.command
                        : "java -jar benchmarks/target/paybridge-benchmarks.jar " + String.join(" ", args));
    }

    private static List<Integer> ints(String list) {
        return Arrays.stream(list.split(",")).map(String::trim).filter(text -> !text.isEmpty())
                .map(Integer::parseInt).toList();
    }

    @Command(name = "benchmarks/run", sortOptions = false,
            description = "Runs paybridge's benchmarks on this machine and writes docs/benchmarks.md and "
                    + "benchmarks/results.json.", showDefaultValues = true)
    private static final class Flags {
        @Option(names = {"-h", "--help"}, usageHelp = true, description = "shows these options")
        boolean help;
        @Option(names = "--events", description = "webhook events made first, one linked invoice each (more are made "
                + "when the warm-up or the open loop needs them)")
        int events = 45000;
        @Option(names = "--clients", description = "closed-loop client counts of the ingest steps")
        String clients = "1,2,4,8,16,32";
        @Option(names = "--warmup-events", description = "events of each warm-up round at 8 clients, not counted; "
                + "rounds repeat until paybridge's JIT compiler threads use at most 5 %% of its CPU in one")
        int warmupEvents = 5000;
        @Option(names = "--warmup-max-events", description = "the most events all warm-up rounds send together")
        int warmupMaxEvents = 40000;
        @Option(names = "--step-seconds", description = "time bound of each closed-loop step")
        double stepSeconds = 5;
        @Option(names = "--step-max-events", description = "count bound of each closed-loop step")
        int stepMaxEvents = 2000;
        @Option(names = "--open-loop-seconds",
                description = "length of the run at half the max rate, and of pgbench's at that rate")
        double openLoopSeconds = 10;
        @Option(names = "--open-loop-threads", description = "sender connections of the open-loop run (pgbench's "
                + "open loop uses as many clients as paybridge has database connections)")
        int openLoopThreads = 64;
        @Option(names = "--pgbench-seconds", description = "pgbench -T of the closed-loop runs")
        double pgbenchSeconds = 10;
        @Option(names = "--pgbench-also", description = "further pgbench client counts, for reference")
        String pgbenchAlso = "4,8";
        @Option(names = "--pgbench-rows", description = "synthetic invoices pgbench pays at random")
        int pgbenchRows = 200000;
        @Option(names = "--sync-invoices", description = "invoices of the sync burst")
        int syncInvoices = 400;
        @Option(names = "--paced-invoices",
                description = "invoices finalized at half the ideal rate for finalize->link latency")
        int pacedInvoices = 200;
        @Option(names = "--sync-latency-ms", description = "simulator latency on POST /v1/invoices")
        int syncLatencyMs = 100;
        @Option(names = "--sync-workers", description = "PAYBRIDGE_SYNC_WORKERS: gateway calls the jobs make at once")
        int syncWorkers = 8;
        @Option(names = "--setup-clients", description = "concurrent API clients that create invoices")
        int setupClients = 16;
        @Option(names = "--growth-sizes", description = "invoice counts the growth phase measures ingest at, in a "
                + "database of its own; empty skips the phase")
        String growthSizes = "10000,100000,1000000";
        @Option(names = "--growth-events", description = "measured webhooks at each size, after warm-up rounds of a "
                + "fifth as many (at most three); the smallest size must hold 1.6 times as many invoices")
        int growthEvents = 6000;
        @Option(names = "--growth-clients", description = "closed-loop clients of the growth phase")
        int growthClients = 8;
        @Option(names = "--no-growth", description = "skips the growth phase")
        boolean noGrowth;
        @Option(names = "--paybridge-java-opts", description = "JVM options of the paybridge process")
        String paybridgeJavaOpts = "";
        @Option(names = "--root", description = "project root")
        Path root = Path.of(".");
        @Option(names = "--markdown", description = "the report, relative to the root")
        String markdown = "docs/benchmarks.md";
        @Option(names = "--json", description = "all figures, relative to the root")
        String json = "benchmarks/results.json";
        @Option(names = "--command", hidden = true, description = "the command line the report shows")
        String command;
    }

    /** The settings as written into the results. */
    Map<String, Object> asMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("events", events);
        map.put("clients", clients);
        map.put("warmup_events", warmupEvents);
        map.put("warmup_max_events", warmupMaxEvents);
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
        return map;
    }
}
