package dev.paybridge.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the issue-6 benchmarks end to end on loopback: PostgreSQL, the simulator and paybridge as separate processes,
 * then webhook ingest (closed-loop steps, open loop at half the max, pgbench closed loop and open loop at that rate),
 * invoice sync, footprint; writes
 * {@code docs/benchmarks.md} and {@code benchmarks/results.json}. Everything it started is stopped at the end.
 */
public final class BenchmarkMain {
    private static final long STARTED = System.nanoTime();
    /** Written by the harness JVM itself: {@code benchmarks/run} starts it with {@code -Xlog:gc:file=...}. */
    /** Calls each sync worker's stand-in makes when timing the simulator's {@code POST /v1/invoices}. */
    private static final int SYNC_PROBE_CALLS = 25;
    private static final String HARNESS_GC_LOG = "benchmarks/target/harness-gc.log";
    private final Options options;
    private final GrowthOptions growth;
    private final Deque<AutoCloseable> resources = new ArrayDeque<>();
    private final Map<String, Object> results = new LinkedHashMap<>();
    private final Path logs;

    private BenchmarkMain(Options options, GrowthOptions growth) {
        this.options = options;
        this.growth = growth;
        this.logs = options.root().resolve("benchmarks/target/bench-logs");
    }

    public static void main(String[] args) throws Exception {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException wrong) {
            System.err.println(wrong.getMessage());
            System.exit(2);
            return;
        }
        BenchmarkMain main = new BenchmarkMain(options, options.growth());
        Thread hook = new Thread(main::closeAll, "benchmark-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        int status = 0;
        try {
            main.run();
        } catch (Exception failed) {
            log("FAILED: " + failed);
            failed.printStackTrace();
            status = 1;
        } finally {
            main.closeAll();
            Runtime.getRuntime().removeShutdownHook(hook);
        }
        System.exit(status);
    }

    static void log(String message) {
        System.out.printf("[%6.1fs] %s%n", (System.nanoTime() - STARTED) / 1e9, message);
        System.out.flush();
    }

    private <T extends AutoCloseable> T keep(T resource) {
        resources.push(resource);
        return resource;
    }

    private synchronized void closeAll() {
        while (!resources.isEmpty()) {
            try {
                resources.pop().close();
            } catch (Exception ignored) {
                // close the rest
            }
        }
    }

    private void run() throws Exception {
        Files.createDirectories(logs);
        try (var old = Files.list(logs)) {
            for (Path file : old.toList()) {
                Files.deleteIfExists(file);
            }
        }
        Path work = Files.createTempDirectory("paybridge-benchmarks-");
        keep(() -> deleteTree(work));
        results.put("started_at", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        results.put("command", options.command());
        results.put("settings", options.asMap());
        Map<String, Object> source = new LinkedHashMap<>();
        source.put("commit", Machine.run("git", "-C", options.root().toString(), "rev-parse", "--short", "HEAD"));
        String changed = Machine.run("git", "-C", options.root().toString(), "status", "--porcelain",
                "--untracked-files=no");
        source.put("uncommitted_changes", changed == null || changed.isBlank() ? List.of()
                : changed.lines().map(line -> line.trim().replaceFirst("^\\S+\\s+", "")).toList());
        results.put("source", source);

        log("starting PostgreSQL (embedded, reached over TCP as an external database)");
        Database database = keep(Database.start(work.resolve("pgdata")));
        Store store = new Store(database);
        Path keyset = work.resolve("master-keyset.json");
        createKeyset(keyset);
        log("starting the Moyasar simulator");
        Simulator simulator = keep(Simulator.start(options.root(), logs.resolve("simulator.log")));
        int port = Simulator.freePort();
        boolean archived = Paybridge.hasClassDataArchive(options.root());
        log("starting paybridge on port " + port + " (first start: empty database, migrations run; class-data archive "
                + (archived ? "present, from the build)" : "absent: ./paybridge writes it when this process exits)"));
        Paybridge paybridge = keep(startPaybridge(database, keyset, port, simulator, "paybridge.log"));
        double firstReady = paybridge.readyMillis();
        log(String.format("paybridge ready after %.0f ms", firstReady));
        results.put("machine", Machine.describe(store));
        CpuMeter cpu = new CpuMeter(Map.of("paybridge", paybridge.process().pid(), "simulator",
                simulator.process().pid()));

        Tenant tenant = Tenant.create(port, "Bench");
        Map<String, Object> ingest = new LinkedHashMap<>();
        results.put("webhook_ingest", ingest);
        WebhookIngest load = prepareIngest(tenant, store, ingest);

        DbCounters counters = new DbCounters(database);
        MemorySampler memory = new MemorySampler(paybridge.process());
        long pid = paybridge.process().pid();
        ingest.put("warmup", WarmUp.run(load, pid, options, options.clients().size() * options.stepMaxEvents()));
        // payments and webhook_events were empty before the warm-up; give the planner their real sizes now rather
        // than at autovacuum's next look (at most once a minute per table)
        store.settle();
        List<WebhookIngest.Step> steps = new ArrayList<>();
        List<Map<String, Object>> stepMaps = new ArrayList<>();
        for (int clients : options.clients()) {
            if (load.remaining() < options.stepMaxEvents() / 4) {
                log("no events left for " + clients + " clients");
                break;
            }
            long[] dbBefore = counters.read();
            CpuMeter.Snapshot before = cpu.snapshot();
            WebhookIngest.Step step = load.closedLoop(clients, options.stepSeconds(), options.stepMaxEvents());
            Map<String, Object> map = step.asMap();
            map.put("cpu_cores", CpuMeter.coresBetween(before, cpu.snapshot()));
            map.put("database_per_webhook", DbCounters.perEvent(dbBefore, counters.read(), step.ok() + step.errors()));
            steps.add(step);
            stepMaps.add(map);
            log(String.format("closed loop, %2d clients: %7.1f/s, p99 %.2f ms, %d errors", clients, step.rate(),
                    step.latencies().percentileMillis(99), step.errors()));
        }
        ingest.put("steps", stepMaps);
        WebhookIngest.Step best = steps.stream().filter(s -> s.errors() == 0)
                .max(Comparator.comparingDouble(WebhookIngest.Step::rate))
                .orElseThrow(() -> new IllegalStateException("every closed-loop step had errors: " + stepMaps));
        ingest.put("max_sustained_rate_per_s", Report.round(best.rate()));
        ingest.put("max_rate_clients", best.clients());
        double half = best.rate() / 2;
        int openLoopEvents = WebhookIngest.openLoopEvents(half, PgbenchOpenLoop.WARMUP_SECONDS,
                options.openLoopSeconds());
        if (load.remaining() < openLoopEvents) {
            log("the open loop needs " + openLoopEvents + " events, " + load.remaining() + " are left: making more, "
                    + "then warming up again");
            ingest.put("warmup_again", WarmUp.run(load, pid, options, openLoopEvents));
        }
        // the steps' payments leave work for autovacuum and the checkpointer; let it land here, not inside the
        // open loop (pgbench's open loop, too, runs on a database settled after its rows were loaded)
        store.settle();
        log(String.format("open loop at %.1f/s for %.0f s (%d events left)", half, options.openLoopSeconds(),
                load.remaining()));
        CpuMeter.Snapshot before = cpu.snapshot();
        WebhookIngest.OpenLoop open = load.openLoop(half, PgbenchOpenLoop.WARMUP_SECONDS, options.openLoopSeconds(),
                options.openLoopThreads());
        Map<String, Object> openMap = open.asMap();
        openMap.put("cpu_cores", CpuMeter.coresBetween(before, cpu.snapshot()));
        open.timeline().writeCsv(logs.resolve("open-loop.csv"));
        ingest.put("open_loop_half_rate", openMap);
        log(String.format("open loop: p50 %.2f ms, p99 %.2f ms, p99.9 %.2f ms, %d errors",
                open.latencies().percentileMillis(50), open.latencies().percentileMillis(99),
                open.latencies().percentileMillis(99.9), open.errors() + open.unfinished()));
        memory.close();
        Map<String, Object> footprint = new LinkedHashMap<>();
        results.put("footprint", footprint);
        footprint.put("memory_under_ingest", memory.summary());
        long errors = open.errors() + open.unfinished() + steps.stream().mapToLong(WebhookIngest.Step::errors).sum();
        ingest.put("errors_total", errors);
        ingest.put("stored_events_by_status", store.eventsByStatus(tenant));

        log("pgbench: the same statements at " + best.clients() + " clients");
        Pgbench pgbench = new Pgbench(options.root(), database, store, tenant);
        pgbench.prepare(options.pgbenchRows());
        PgbenchScript statements = pgbench.script(options.pgbenchRows());
        Path script = logs.resolve("webhook-statements.pgbench.sql");
        Files.writeString(script, statements.text());
        long[] dbBefore = counters.read();
        Map<String, Object> pg = pgbench.run(script, statements, best.clients(), options.pgbenchSeconds(), List.of(),
                logs.resolve("pgbench.log"), cpu);
        Object transactions = pg.get("transactions");
        pg.put("database_per_transaction", DbCounters.perEvent(dbBefore, counters.read(),
                transactions instanceof Number number ? number.doubleValue() : Double.NaN));
        pg.put("script", options.root().relativize(script).toString());
        showScriptRelative(pg, script);
        ingest.put("pgbench", pg);
        double ratio = best.rate() / (Double) pg.get("tps");
        ingest.put("ratio_to_pgbench", Report.ratio(ratio));
        log(String.format("pgbench %.1f tps; paybridge/pgbench = %.2f", (Double) pg.get("tps"), ratio));
        List<Map<String, Object>> others = new ArrayList<>();
        double bestTps = (Double) pg.get("tps");
        for (int clients : options.pgbenchAlso()) {
            if (clients != best.clients()) {
                Map<String, Object> other = pgbench.run(script, statements, clients, options.pgbenchSeconds(),
                        List.of(), logs.resolve("pgbench-" + clients + ".log"), cpu);
                showScriptRelative(other, script);
                others.add(other);
                bestTps = Math.max(bestTps, (Double) other.get("tps"));
                log(String.format("pgbench at %d clients: %.1f tps", clients, (Double) other.get("tps")));
            }
        }
        ingest.put("pgbench_other_client_counts", others);
        ingest.put("pgbench_best_tps", Report.round(bestTps));
        ingest.put("ratio_best_to_best", Report.ratio(best.rate() / bestTps));
        compareTails(ingest, pgbench, script, statements, open, cpu);
        ingest.put("pgbench_synthetic_invoices_paid", pgbench.paidInvoices());

        log("invoice sync: simulator latency " + options.syncLatencyMs() + " ms on POST /v1/invoices");
        simulator.delayInvoiceCreation(options.syncLatencyMs());
        InvoiceSync sync = new InvoiceSync(tenant, store, options);
        Map<String, Object> syncResults = new LinkedHashMap<>();
        results.put("invoice_sync", syncResults);
        syncResults.put("simulator_latency_ms", options.syncLatencyMs());
        syncResults.put("sync_workers", options.syncWorkers());
        before = cpu.snapshot();
        Map<String, Object> burst = sync.burst();
        burst.put("cpu_cores", CpuMeter.coresBetween(before, cpu.snapshot()));
        double call = simulator.meanInvoiceCreationMillis(options.syncWorkers(), SYNC_PROBE_CALLS);
        burst.put("gateway_call_mean_ms", Report.round(call));
        burst.put("ratio_to_gateway_bound", Report.ratio((Double) burst.get("throughput_per_s")
                / (options.syncWorkers() * 1000 / call)));
        syncResults.put("burst", burst);
        log("sync burst: " + burst.get("throughput_per_s") + "/s of ideal " + burst.get("ideal_per_s") + "/s");
        Map<String, Object> paced = sync.paced();
        syncResults.put("paced_half_ideal", paced);
        log("sync paced: finalize->link " + paced.get("finalize_to_link"));
        simulator.clearFaults();

        // timed before the growth phase, whose million rows PostgreSQL is still vacuuming and writing out after it
        log("restarting paybridge to time a start on a migrated database");
        paybridge.close();
        resources.remove(paybridge);
        Paybridge restarted = keep(startPaybridge(database, keyset, port, simulator, "paybridge-restart.log"));
        footprint.put("ready_first_start_ms", Report.round(firstReady));
        footprint.put("class_data_archive_at_first_start", archived);
        footprint.put("ready_restart_ms", Report.round(restarted.readyMillis()));
        footprint.put("idle_vmrss_after_restart_mb", Report.round(restarted.process().procStatusKb("VmRSS") / 1024.0));
        log(String.format("restart ready after %.0f ms", restarted.readyMillis()));
        restarted.close();
        resources.remove(restarted);

        if (growth.enabled()) {
            log("growth: webhook ingest at " + growth.sizes() + " invoices, in a database of its own");
            Database grown = database.another("growth");
            try (Paybridge own = keep(startPaybridge(grown, keyset, Simulator.freePort(), simulator,
                    "paybridge-growth.log"))) {
                results.put("growth", GrowthPhase.run(growth, options, grown, own));
            }
        }

        results.put("run_seconds", Report.round((System.nanoTime() - STARTED) / 1e9));
        Report report = new Report(results, options);
        report.writeJson(options.json());
        report.writeMarkdown(options.markdown());
        log("wrote " + options.root().relativize(options.markdown()) + " and "
                + options.root().relativize(options.json()));
    }

    /**
     * pgbench open loop at the open loop's rate, for as long, its latencies beside paybridge's; then which of
     * paybridge's requests were over the tail target's bound (twice pgbench's p99) while a JVM was stopped.
     */
    private void compareTails(Map<String, Object> ingest, Pgbench pgbench, Path script, PgbenchScript statements,
            WebhookIngest.OpenLoop open, CpuMeter cpu) throws Exception {
        // the same concurrency at the database: paybridge holds at most its pool's connections to PostgreSQL, however
        // many HTTP connections send it webhooks
        int clients = Paybridge.DATABASE_POOL_SIZE;
        log(String.format("pgbench open loop at %.1f/s for %.0f s on %d clients", open.targetRate(),
                options.openLoopSeconds(), clients));
        Map<String, Object> pgOpen = PgbenchOpenLoop.run(pgbench, script, statements, open.targetRate(), clients,
                options.openLoopSeconds(), logs, cpu);
        showScriptRelative(pgOpen, script);
        ingest.put("pgbench_open_loop", pgOpen);
        @SuppressWarnings("unchecked")
        Map<String, Object> pgLatency = (Map<String, Object>) pgOpen.get("latency_from_scheduled_start");
        Map<String, Object> tails = TailComparison.of(open.targetRate(), open.latencies().summary(), pgLatency);
        ingest.put("tail_side_by_side", tails);
        double bound = Report.TARGET_TAIL_RATIO
                * (pgLatency.get("p99_ms") instanceof Number p99 ? p99.doubleValue() : Double.NaN);
        @SuppressWarnings("unchecked")
        Map<String, Object> openMap = (Map<String, Object>) ingest.get("open_loop_half_rate");
        openMap.put("tail", TailBreakdown.of(open.timeline(), bound, GcLog.pauses(logs.resolve(
                "paybridge-gc.log")), GcLog.pauses(options.root().resolve(HARNESS_GC_LOG))));
        log(String.format("pgbench open loop: p50 %s ms, p99 %s ms; paybridge p99 / pgbench p99 = %s",
                pgLatency.get("p50_ms"), pgLatency.get("p99_ms"), tails.get("ratio_p99")));
    }

    private Paybridge startPaybridge(Database database, Path keyset, int port, Simulator simulator, String logName) {
        String gcLog = GcLog.option(logs.resolve(logName.replace(".log", "-gc.log")));
        return Paybridge.start(options.root(), database, keyset, port, simulator.port(), options.syncWorkers(),
                (options.paybridgeJavaOpts() + " " + gcLog).strip(), logs.resolve(logName));
    }

    private WebhookIngest prepareIngest(Tenant tenant, Store store, Map<String, Object> ingest) throws Exception {
        Map<String, Object> setup = new LinkedHashMap<>();
        ingest.put("setup", setup);
        List<Map<String, Object>> topUps = new ArrayList<>();
        ingest.put("top_ups", topUps);
        return new WebhookIngest(tenant.port(), tenant.webhookPath(), (count, first) -> {
            Map<String, Object> made = setup.isEmpty() ? setup : new LinkedHashMap<>();
            if (made != setup) {
                // a faster machine needs more events (warm-up rounds, a higher open-loop rate) than --events foresaw
                topUps.add(made);
            }
            return paidEvents(tenant, store, count, first, made);
        }, options.events());
    }

    /**
     * Creates {@code count} finalized invoices over the API, waits for their links and settles the database; returns
     * one distinct {@code payment_paid} delivery per invoice, numbered from {@code first}. {@code setup} receives the
     * count and the times taken.
     */
    private List<String> paidEvents(Tenant tenant, Store store, int count, int first, Map<String, Object> setup)
            throws Exception {
        log("creating " + count + " finalized invoices with " + options.setupClients() + " clients");
        long began = System.nanoTime();
        List<String> ids = tenant.createInvoices(count, options.setupClients(), "cus_ingest");
        double created = (System.nanoTime() - began) / 1e9;
        Map<String, String> links = store.awaitLinks(tenant, ids, 300_000);
        double linked = (System.nanoTime() - began) / 1e9;
        if (links.size() < ids.size()) {
            throw new IllegalStateException("only " + links.size() + " of " + ids.size() + " invoices got a link");
        }
        log(String.format("created in %.1f s, all linked after %.1f s (%.0f invoices/s)", created, linked,
                count / linked));
        // The sweep looks at every new link at its next tick (at most 60 s after it was made); keep that gateway
        // traffic out of the measurements by marking these links as looked at now.
        store.execute("UPDATE payment_links SET next_reconcile_at = now() + interval '1 hour' WHERE tenant_id = '"
                + tenant.tenantId() + "'");
        store.settle();
        setup.put("invoices", count);
        setup.put("create_seconds", Report.round(created));
        setup.put("all_linked_seconds", Report.round(linked));
        List<String> bodies = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String id = ids.get(i);
            int n = first + i;
            bodies.add(Tenant.paidEvent("evt_bench_" + n, "pay_bench_" + n, links.get(id), id));
        }
        return bodies;
    }

    private void createKeyset(Path keyset) throws Exception {
        Process process = new ProcessBuilder("java", "-jar",
                options.root().resolve("bootstrap/target/paybridge.jar").toString(), "create-keyset", keyset.toString())
                .redirectErrorStream(true).redirectOutput(logs.resolve("create-keyset.log").toFile()).start();
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0 || !Files.exists(keyset)) {
            process.destroyForcibly();
            throw new IllegalStateException("create-keyset failed; see " + logs.resolve("create-keyset.log"));
        }
    }

    /** Writes a pgbench run's command with the paths in it relative to the repository, as the report shows it. */
    private void showScriptRelative(Map<String, Object> run, Path script) {
        run.put("command", ((String) run.get("command")).replace(script.toString(),
                options.root().relativize(script).toString()).replace(options.root() + "/", ""));
    }

    private static void deleteTree(Path root) throws Exception {
        if (!Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
