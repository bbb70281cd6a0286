package dev.paybridge.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Writes the results: all figures as JSON, and {@code docs/benchmarks.md} with each figure against its target. */
final class Report {
    /** paybridge's best closed-loop rate ÷ pgbench's at the same client count. */
    static final double TARGET_RATIO = 0.6;
    /** paybridge's best closed-loop rate ÷ pgbench's best at any client count. */
    static final double TARGET_BEST_TO_BEST = 0.85;
    /** paybridge's p99 at half its max rate ÷ pgbench's p99, open loop at the same rate in the same run. */
    static final double TARGET_TAIL_RATIO = 2;
    /** paybridge's p50 at half its max rate. */
    static final double TARGET_P50_MS = 3;
    /** paybridge's CPU per webhook at the best step: at most this, or at most the share below of PostgreSQL's. */
    static final double TARGET_CPU_PER_WEBHOOK_MS = 0.6;
    static final double TARGET_CPU_SHARE_OF_POSTGRESQL = 0.5;
    static final double TARGET_SYNC_RATIO = 0.9;
    static final double TARGET_SYNC_SLACK_MS = 50;
    static final double TARGET_RSS_MB = 512;
    /** Process start → ready on a database already migrated. */
    static final double TARGET_READY_MS = 2000;
    /** Process start → ready on an empty database (migrations included). */
    static final double TARGET_FIRST_READY_MS = 3000;
    /** paybridge's ingest rate at the largest growth size ÷ at the smallest. */
    static final double TARGET_GROWTH_RATIO = 0.9;
    private final Map<String, Object> results;
    private final Options options;
    private final List<String> bounds = new ArrayList<>();

    Report(Map<String, Object> results, Options options) {
        this.results = results;
        this.options = options;
    }

    static Double round(double value) {
        return Double.isNaN(value) || Double.isInfinite(value) ? null : Math.round(value * 100) / 100.0;
    }

    /** A ratio held against a target keeps three decimals, so 0.596 is not shown, or judged, as 0.60. */
    static Double ratio(double value) {
        return Double.isNaN(value) || Double.isInfinite(value) ? null : Math.round(value * 1000) / 1000.0;
    }

    private static String ratioText(double value) {
        return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%.3f", value);
    }

    void writeJson(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), results);
    }

    /** A value by its dotted path ("webhook_ingest.pgbench.tps"), or null. */
    Object at(String path) {
        Object node = results;
        for (String key : path.split("\\.")) {
            if (!(node instanceof Map<?, ?> map)) {
                return null;
            }
            node = map.get(key);
        }
        return node;
    }

    double num(String path) {
        Object value = at(path);
        return value instanceof Number number ? number.doubleValue() : Double.NaN;
    }

    static String f(double value) {
        if (Double.isNaN(value)) {
            return "n/a";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return String.format(Locale.ROOT, "%.0f", value);
        }
        return Math.abs(value) >= 100 ? String.format(Locale.ROOT, "%.0f", value)
                : String.format(Locale.ROOT, "%.2f", value);
    }

    static String met(boolean met) {
        return met ? "yes" : "**no**";
    }

    void writeMarkdown(Path file) throws IOException {
        StringBuilder md = new StringBuilder();
        double rate = num("webhook_ingest.max_sustained_rate_per_s");
        int clients = (int) num("webhook_ingest.max_rate_clients");
        double tps = num("webhook_ingest.pgbench.tps");
        double ratio = num("webhook_ingest.ratio_to_pgbench");
        String open = "webhook_ingest.open_loop_half_rate.";
        double p50 = num(open + "latency_from_scheduled_send.p50_ms");
        double p99 = num(open + "latency_from_scheduled_send.p99_ms");
        double p999 = num(open + "latency_from_scheduled_send.p99_9_ms");
        double errors = num("webhook_ingest.errors_total");
        double syncRate = num("invoice_sync.burst.throughput_per_s");
        double ideal = num("invoice_sync.burst.ideal_per_s");
        double syncRatio = num("invoice_sync.burst.ratio_to_ideal");
        double syncLatency = num("invoice_sync.simulator_latency_ms");
        double pacedP50 = num("invoice_sync.paced_half_ideal.finalize_to_link.p50_ms");
        double pacedP99 = num("invoice_sync.paced_half_ideal.finalize_to_link.p99_ms");
        double rss = Math.max(num("footprint.memory_under_ingest.max_vmrss_mb"),
                num("footprint.memory_under_ingest.vmhwm_mb"));
        double readyFirst = num("footprint.ready_first_start_ms");
        double readyRestart = num("footprint.ready_restart_ms");

        md.append("# paybridge benchmarks\n\n");
        md.append("Written by `benchmarks/run` (issue 6) on ").append(at("started_at"))
                .append(". Every figure below comes from that run; the next run overwrites this file and ")
                .append("`benchmarks/results.json` (all figures, machine-readable). Logs of the run are in ")
                .append("`benchmarks/target/bench-logs/`.\n\n");
        md.append("## How to run\n\n`benchmarks/run [options]` from the project root builds paybridge, the simulator and ")
                .append("this harness (`./mvnw -B -q -Pbenchmarks -DskipTests package`; the `benchmarks` module is only in ")
                .append("that profile, so `./mvnw -B verify` never builds it), checks that `pgbench` is installed ")
                .append("(`apt-get install -y postgresql-client`, done for you when run as root), then runs ")
                .append("`benchmarks/target/paybridge-benchmarks.jar`. `benchmarks/run --help` lists the options ")
                .append("(events, client counts, durations, invoice counts, latency, workers, JVM options); ")
                .append("`--no-build` reuses the jars in `*/target`.\n\n");
        md.append("## Command of this run\n\n```sh\n").append(at("command")).append("\n```\n\n");
        md.append("The harness ran for ").append(f(num("run_seconds"))).append(" s (build not included). ")
                .append("Settings: ").append(settings()).append(".\n\n");

        md.append("Source: commit `").append(at("source.commit")).append("`")
                .append(at("source.uncommitted_changes") instanceof List<?> changed && !changed.isEmpty()
                        ? ", with uncommitted changes (as built for this run) in " + changed : ", no uncommitted changes")
                .append(".\n\n");
        md.append("## Machine\n\n| | |\n|---|---|\n");
        row(md, "cores (`nproc`)", String.valueOf(at("machine.nproc")));
        row(md, "memory", f(num("machine.memory_total_mb")) + " MB");
        row(md, "CPU", String.valueOf(at("machine.cpu_model")));
        row(md, "OS, kernel", at("machine.os") + ", " + at("machine.kernel"));
        row(md, "JDK", String.valueOf(at("machine.jdk")));
        row(md, "PostgreSQL", at("machine.postgresql") + "; " + at("machine.postgresql_settings"));
        row(md, "pgbench", String.valueOf(at("machine.pgbench")));
        row(md, "DAMON (kernel memory monitor)", damonLine());
        md.append("\nEverything runs on these cores at once, on 127.0.0.1: PostgreSQL (embedded zonky binaries in a ")
                .append("temp directory, reached over TCP as an external database), the Moyasar simulator ")
                .append("(`java -jar moyasar-simulator/target/moyasar-simulator.jar`), paybridge ")
                .append("(`java ").append(options.paybridgeJavaOpts().isBlank() ? "" : options.paybridgeJavaOpts() + " ")
                .append("-jar bootstrap/target/paybridge.jar serve` through `./paybridge serve`, the README's run command, with its JVM options) and the load ")
                .append("generator (the harness JVM: one keep-alive HTTP/1.1 connection per client).\n\n");

        String tail = "webhook_ingest.tail_side_by_side.";
        double tailRatio = num(tail + "ratio_p99");
        double pgP99 = num(tail + "pgbench.p99_ms");
        Map<?, ?> bestCpu = bestStepCpu(clients);
        double cpuMs = cpuPerWebhookMs(bestCpu, "paybridge", rate);
        double pgCpuMs = cpuPerWebhookMs(bestCpu, "postgresql", rate);
        boolean cpuMet = cpuMs <= TARGET_CPU_PER_WEBHOOK_MS || cpuMs <= TARGET_CPU_SHARE_OF_POSTGRESQL * pgCpuMs;
        double bestToBest = num("webhook_ingest.ratio_best_to_best");
        String steps = "harness, closed-loop steps (`--clients`)";
        String pgbench = "`pgbench` at " + clients + " clients (command under Webhook ingest)";
        md.append("## Results against the targets\n\n| issue | figure | measured | target | met | made by |\n")
                .append("|---|---|---|---|---|---|\n");
        md.append("| 2 | webhook ingest, max sustained rate (best closed-loop step with 0 errors) | ")
                .append(f(rate)).append("/s at ").append(clients).append(" clients | | | ").append(steps).append(" |\n");
        md.append("| 2 | pgbench, paybridge's statements, ").append(clients).append(" clients | ").append(f(tps))
                .append(" tps | | | ").append(pgbench).append(" |\n");
        md.append("| 2 | paybridge ÷ pgbench, same client count | ").append(ratioText(ratio)).append(" | ≥ ")
                .append(TARGET_RATIO).append(" | ").append(met(ratio >= TARGET_RATIO)).append(" | the two above |\n");
        md.append("| 15 | paybridge's best rate ÷ pgbench's best at any client count ").append(otherPgbench())
                .append(" | ").append(ratioText(bestToBest)).append(" | ≥ ").append(TARGET_BEST_TO_BEST).append(" | ")
                .append(met(bestToBest >= TARGET_BEST_TO_BEST)).append(" | ").append(steps)
                .append("; `pgbench` at each client count |\n");
        md.append("| 15 | paybridge p50 at half the max rate (").append(f(num(open + "target_rate_per_s")))
                .append("/s, open loop, from scheduled send) | ").append(f(p50)).append(" ms | ≤ ")
                .append(f(TARGET_P50_MS)).append(" ms | ").append(met(p50 <= TARGET_P50_MS))
                .append(" | harness, open loop (`--open-loop-seconds`) |\n");
        md.append("| 15 | paybridge p99 ÷ pgbench p99, open loop at the same rate (").append(f(p99)).append(" ms ÷ ")
                .append(f(pgP99)).append(" ms; p99.9 ").append(f(p999)).append(" ms) | ").append(ratioText(tailRatio))
                .append(" | ≤ ").append(f(TARGET_TAIL_RATIO)).append(" | ").append(met(tailRatio <= TARGET_TAIL_RATIO))
                .append(" | harness open loop; `pgbench -R` (Tail side by side) |\n");
        md.append("| 2 | errors (every step and the open loop; any non-200) | ").append(f(errors))
                .append(" | 0 | ").append(met(errors == 0)).append(" | harness |\n");
        md.append("| 15 | paybridge CPU per webhook at the best step (PostgreSQL's: ").append(f(pgCpuMs))
                .append(" ms) | ").append(f(cpuMs)).append(" ms | ≤ ").append(f(TARGET_CPU_PER_WEBHOOK_MS))
                .append(" ms or ≤ ").append(f(TARGET_CPU_SHARE_OF_POSTGRESQL)).append(" × PostgreSQL's | ")
                .append(met(cpuMet)).append(" | ").append(steps).append(", CPU time from /proc |\n");
        md.append("| 3 | sync throughput, burst of ").append(f(num("invoice_sync.burst.invoices")))
                .append(" invoices | ").append(f(syncRate)).append("/s = ").append(ratioText(syncRatio)).append(" × ideal (")
                .append(f(num("invoice_sync.sync_workers"))).append(" gateway call slots ÷ ").append(f(syncLatency))
                .append(" ms = ").append(f(ideal)).append("/s); ")
                .append(ratioText(num("invoice_sync.burst.ratio_to_gateway_bound")))
                .append(" × the simulator's own bound (a call took ")
                .append(f(num("invoice_sync.burst.gateway_call_mean_ms"))).append(" ms) | ≥ ").append(TARGET_SYNC_RATIO).append(" × ideal | ")
                .append(met(syncRatio >= TARGET_SYNC_RATIO)).append(" | harness, sync burst (`--sync-invoices`) |\n");
        md.append("| 3 | finalize → link-ready, paced at half the ideal rate: p50 (p99) | ").append(f(pacedP50))
                .append(" (").append(f(pacedP99)).append(") ms | p50 ≤ ").append(f(syncLatency + TARGET_SYNC_SLACK_MS))
                .append(" ms | ").append(met(pacedP50 <= syncLatency + TARGET_SYNC_SLACK_MS))
                .append(" | harness, paced sync (`--paced-invoices`) |\n");
        md.append("| 3 | finalize → link-ready during the burst (queued behind the workers): p50 (p99) | ")
                .append(f(num("invoice_sync.burst.finalize_to_link.p50_ms"))).append(" (")
                .append(f(num("invoice_sync.burst.finalize_to_link.p99_ms"))).append(") ms | informative | | ")
                .append("harness, sync burst |\n");
        md.append("| 4 | resident memory of paybridge under the ingest load (max of sampled VmRSS and VmHWM) | ")
                .append(f(rss)).append(" MB | ≤ ").append(f(TARGET_RSS_MB)).append(" MB | ")
                .append(met(rss <= TARGET_RSS_MB)).append(" | harness, /proc during the ingest |\n");
        md.append("| 15 | process start → first 200 from `/ready`, external database already migrated | ")
                .append(f(readyRestart)).append(" ms | ≤ ").append(f(TARGET_READY_MS)).append(" ms | ")
                .append(met(readyRestart <= TARGET_READY_MS)).append(" | `./paybridge serve`, restarted by the harness |\n");
        md.append("| 4 | process start → first 200 from `/ready`, first start on an empty database (migrations) | ")
                .append(f(readyFirst)).append(" ms | ≤ ").append(f(TARGET_FIRST_READY_MS)).append(" ms | ")
                .append(met(readyFirst <= TARGET_FIRST_READY_MS)).append(" | `./paybridge serve`, first start |\n");
        GrowthSection.targetRow(md, at("growth"));
        md.append("\n");

        ingestSection(md);
        tailSection(md);
        syncSection(md);
        footprintSection(md, rss);
        GrowthSection.append(md, at("growth"));
        boundsSection(md, rate, clients, tps, ratio, p50, tailRatio, errors, syncRatio, pacedP50, syncLatency, rss,
                readyFirst, readyRestart);
        Files.createDirectories(file.getParent());
        Files.writeString(file, md.toString());
    }

    private String settings() {
        List<String> parts = new ArrayList<>();
        options.asMap().forEach((key, value) -> {
            if (!(value instanceof String text && text.isBlank())) {
                parts.add("`" + key + "` " + value);
            }
        });
        return String.join(", ", parts);
    }

    private void ingestSection(StringBuilder md) {
        md.append("## Webhook ingest\n\n");
        md.append("Setup: ").append(f(num("webhook_ingest.setup.invoices")))
                .append(" finalized 10.00 SAR invoices created over the API (").append(options.setupClients())
                .append(" concurrent clients) in ").append(f(num("webhook_ingest.setup.create_seconds")))
                .append(" s, all with a payment link after ").append(f(num("webhook_ingest.setup.all_linked_seconds")))
                .append(" s. One distinct `payment_paid` event per invoice (full amount, its own event and payment ")
                .append("id), each sent once").append(topUpsLine()).append(". Warm-up (not counted): ")
                .append(warmUpLine(at("webhook_ingest.warmup")))
                .append(".\n\n");
        md.append("Closed loop: each client sends its next event as soon as the previous one is answered; a step ends ")
                .append("after ").append(f(options.stepSeconds())).append(" s or ").append(options.stepMaxEvents())
                .append(" events. CPU columns: cores busy on average during the step (from /proc); taken by the ")
                .append("hypervisor: the share of the machine's CPU time that the VM had work for but the hypervisor ")
                .append("gave to others (`steal` in /proc/stat, counted in machine busy), so a step slowed by the ")
                .append("machine shows it. The harness runs ")
                .append("`VACUUM ANALYZE` and a `CHECKPOINT` after the setup, after the warm-up, before the open loop and after loading ")
                .append("pgbench's rows, so both sides start from the same settled database: the planner knows the ")
                .append("tables' real sizes (before autovacuum does, plans made on near-empty tables can read ")
                .append("thousands of index entries per webhook: see \"index entries read\"), and no autovacuum, ")
                .append("hint-bit writes or checkpoint of the setup's pages land inside a measurement.\n\n");
        md.append("| clients | events | errors | seconds | rate/s | p50 ms | p99 ms | p99.9 ms | max ms | ")
                .append("paybridge cores | PostgreSQL cores | load generator cores | machine busy | ")
                .append("taken by the hypervisor | ")
                .append("DB transactions per webhook | index scans per webhook | index entries read per webhook |\n")
                .append("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        Object steps = at("webhook_ingest.steps");
        if (steps instanceof List<?> list) {
            for (Object item : list) {
                Map<?, ?> step = (Map<?, ?>) item;
                Map<?, ?> latency = (Map<?, ?>) step.get("latency");
                Map<?, ?> cpu = (Map<?, ?>) step.get("cpu_cores");
                md.append("| ").append(step.get("clients")).append(" | ").append(step.get("events")).append(" | ")
                        .append(step.get("errors")).append(" | ").append(n(step.get("seconds"))).append(" | ")
                        .append(n(step.get("rate_per_s"))).append(" | ").append(n(latency.get("p50_ms"))).append(" | ")
                        .append(n(latency.get("p99_ms"))).append(" | ").append(n(latency.get("p99_9_ms")))
                        .append(" | ").append(n(latency.get("max_ms"))).append(" | ").append(n(cpu.get("paybridge")))
                        .append(" | ").append(n(cpu.get("postgresql"))).append(" | ")
                        .append(n(cpu.get("load_generator"))).append(" | ")
                        .append(pct(cpu.get("machine_busy_fraction"))).append(" | ")
                        .append(pct(cpu.get("machine_steal_fraction"))).append(" | ")
                        .append(db(step, "transactions")).append(" | ").append(db(step, "index_scans")).append(" | ")
                        .append(db(step, "rows_returned")).append(" |\n");
            }
        }
        String open = "webhook_ingest.open_loop_half_rate.";
        md.append("\nOpen loop at half the max rate: ").append(f(num(open + "target_rate_per_s")))
                .append("/s scheduled for ").append(f(options.openLoopSeconds())).append(" s after an uncounted ")
                .append(PgbenchOpenLoop.WARMUP_SECONDS).append(" s lead-in at the same rate (")
                .append(f(num(open + "scheduled"))).append(" events, ").append(options.openLoopThreads())
                .append(" sender connections); achieved ").append(f(num(open + "achieved_rate_per_s")))
                .append("/s; latency from each event's scheduled send time (no coordinated omission): ")
                .append(latencyLine(open + "latency_from_scheduled_send")).append("; errors ")
                .append(f(num(open + "errors"))).append("; cores busy: paybridge ")
                .append(f(num(open + "cpu_cores.paybridge"))).append(", PostgreSQL ")
                .append(f(num(open + "cpu_cores.postgresql"))).append(", load generator ")
                .append(f(num(open + "cpu_cores.load_generator"))).append(", machine ")
                .append(pct(at(open + "cpu_cores.machine_busy_fraction"))).append(" (taken by the hypervisor ")
                .append(pct(at(open + "cpu_cores.machine_steal_fraction"))).append(").");
        if (at("webhook_ingest.warmup_again") != null) {
            md.append(" The steps left fewer events than the open loop needed, so more invoices were made the same way ")
                    .append("before it, and paybridge warmed up again: ").append(warmUpLine(at("webhook_ingest.warmup_again")))
                    .append(".");
        }
        md.append("\n\n");
        md.append(tailLine()).append("\n\n");
        md.append("Stored webhook events by status after the ingest: ").append(at("webhook_ingest.stored_events_by_status"))
                .append(".\n\n");
        String pg = "webhook_ingest.pgbench.";
        md.append("pgbench ran the statements one webhook executes, made by the harness from paybridge's own statement ")
                .append("files (`").append(PgbenchScript.HOT).append("`, in the order of `").append(PgbenchScript.ORDER)
                .append("`: in one transaction the check that the connection paybridge keeps for the tenant ")
                .append("environment is unchanged, the event insert, the three reads that lock the payment's target, ")
                .append("and the write of the payment, link and invoice; paybridge reads the connection itself only when ")
                .append("it keeps none or the one it kept changed). The text is the files' ")
                .append("own, comments dropped, each statement one pgbench command (its own round trip: paybridge sends ")
                .append("the check, the event insert and the three reads together, three round trips a webhook with ")
                .append("the commit) ")
                .append("and each `?` the pgbench variable of ")
                .append("its name, bound as a parameter (`-M prepared`), except the three parameters that are SQL NULL ")
                .append("for a paid event (written `NULL`: a pgbench variable always holds a value). The values are those ")
                .append("paybridge binds for a `payment_paid` event: a synthetic linked invoice picked at random among ")
                .append(options.pgbenchRows()).append(" (ids are 19-digit numbers: pgbench draws integers), fresh event ")
                .append("and payment ids, 10.00 SAR, the link `paid`, the invoice `finalized`/`succeeded`, and the ")
                .append("payload paybridge stored for the ingest's first event. Script: `").append(at(pg + "script"))
                .append("`; command:\n\n```sh\n").append(at(pg + "command")).append("\n```\n\n")
                .append(f(num(pg + "tps"))).append(" tps, average latency ").append(f(num(pg + "latency_average_ms")))
                .append(" ms, failed transactions ").append(at(pg + "failed_transactions")).append(", payments stored ")
                .append(at(pg + "payments_created")).append(" (synthetic invoices paid after every pgbench run: ")
                .append(at("webhook_ingest.pgbench_synthetic_invoices_paid")).append(")")
                .append("; cores busy: PostgreSQL ").append(f(num(pg + "cpu_cores.postgresql"))).append(", pgbench ")
                .append(f(num(pg + "cpu_cores.pgbench"))).append(", machine ")
                .append(pct(at(pg + "cpu_cores.machine_busy_fraction"))).append(".\n\n");
    }

    /** paybridge's open loop and pgbench's at the same rate, side by side. */
    private void tailSection(StringBuilder md) {
        String tail = "webhook_ingest.tail_side_by_side.";
        String pg = "webhook_ingest.pgbench_open_loop.";
        md.append("## Tail side by side\n\n");
        md.append("After paybridge's open loop, pgbench ran the same statements open loop at the same rate for as ")
                .append("long, in the same run:\n\n```sh\n").append(at(pg + "command")).append("\n```\n\n")
                .append("Both latencies count from a scheduled start, so a stall is not hidden by fewer sends. ")
                .append("paybridge's: from each webhook's scheduled send time (evenly spaced, ")
                .append(options.openLoopThreads()).append(" sender connections) to its answer: HTTP, verification, ")
                .append("the statements and the answer. pgbench's: the `time` column of its per-transaction log ")
                .append("(`-l`), which with `-R` runs from the start pgbench scheduled for the transaction (arrivals ")
                .append("drawn at random around the rate, so burstier than paybridge's even spacing) and so includes ")
                .append("its schedule lag; the statements alone, each its own round trip. pgbench uses ")
                .append(Paybridge.DATABASE_POOL_SIZE).append(" connections, as many as paybridge's database pool: ")
                .append("the same concurrency at PostgreSQL. Both open loops start on new connections, so both run ")
                .append(PgbenchOpenLoop.WARMUP_SECONDS).append(" s longer than they are measured, at the same rate, ")
                .append("and what was scheduled in their first ").append(PgbenchOpenLoop.WARMUP_SECONDS)
                .append(" s is not counted: each pgbench backend's first transaction prepares the statements and ")
                .append("fills its caches; paybridge's sender connections are new and its server grows its threads ")
                .append("to serve them (without the lead-in, one second near the start held most of its slow ")
                .append("requests, up to 120 ms).\n\n");
        md.append("| at ").append(f(num(tail + "rate_per_s"))).append("/s | p50 ms | p99 ms | p99.9 ms | max ms |\n")
                .append("|---|---|---|---|---|\n");
        for (String side : List.of("paybridge", "pgbench")) {
            md.append("| ").append(side.equals("paybridge") ? "paybridge (webhooks, open loop)" : "pgbench (`-R`)")
                    .append(" | ").append(f(num(tail + side + ".p50_ms"))).append(" | ")
                    .append(f(num(tail + side + ".p99_ms"))).append(" | ").append(f(num(tail + side + ".p99_9_ms")))
                    .append(" | ").append(f(num(tail + side + ".max_ms"))).append(" |\n");
        }
        md.append("\npaybridge p99 ÷ pgbench p99 = ").append(ratioText(num(tail + "ratio_p99"))).append(" (target ≤ ")
                .append(f(TARGET_TAIL_RATIO)).append("). pgbench: ").append(f(num(pg + "tps")))
                .append(" tps over its whole run (warm-up included), ")
                .append(n(at(pg + "latency_from_scheduled_start.count"))).append(" transactions counted, failed ")
                .append(at(pg + "failed_transactions")).append(", schedule lag p50 ")
                .append(f(num(pg + "schedule_lag.p50_ms"))).append(" ms, p99 ").append(f(num(pg + "schedule_lag.p99_ms")))
                .append(" ms, max ").append(f(num(pg + "schedule_lag.max_ms"))).append(" ms; cores busy: PostgreSQL ")
                .append(f(num(pg + "cpu_cores.postgresql"))).append(", pgbench ").append(f(num(pg + "cpu_cores.pgbench")))
                .append(", machine ").append(pct(at(pg + "cpu_cores.machine_busy_fraction"))).append(". The Tail ")
                .append("paragraph above counts as slow the webhooks over twice pgbench's p99, the target's bound, so ")
                .append("it explains exactly the requests that break the target.\n\n");
    }

    private void syncSection(StringBuilder md) {
        md.append("## Invoice sync\n\n");
        md.append("The simulator answers `POST /v1/invoices` after ").append(f(num("invoice_sync.simulator_latency_ms")))
                .append(" ms (a `/_sim/faults` latency rule); times are paybridge's own: `invoices.finalized_at` and ")
                .append("`payment_links.created_at`.\n\n");
        String burst = "invoice_sync.burst.";
        md.append("- Burst: ").append(f(num(burst + "invoices"))).append(" drafts created first, then finalized by ")
                .append(options.setupClients()).append(" clients (first → last finalize ")
                .append(f(num(burst + "first_to_last_finalize_s"))).append(" s, ")
                .append(f(num(burst + "finalize_rate_per_s"))).append("/s); ").append(f(num(burst + "linked")))
                .append(" linked; first finalize → last link ").append(f(num(burst + "first_finalize_to_last_link_s")))
                .append(" s = ").append(f(num(burst + "throughput_per_s"))).append("/s against the ideal ")
                .append(f(num(burst + "ideal_per_s"))).append("/s; finalize → link ")
                .append(latencyLine(burst + "finalize_to_link")).append("; cores busy: paybridge ")
                .append(f(num(burst + "cpu_cores.paybridge"))).append(", machine ")
                .append(pct(at(burst + "cpu_cores.machine_busy_fraction"))).append(". After the burst, ")
                .append(f(num("invoice_sync.sync_workers"))).append(" callers of the harness's own lean HTTP client ")
                .append("timed the simulator's `POST /v1/invoices` under the same latency rule: ")
                .append(f(num(burst + "gateway_call_mean_ms"))).append(" ms a call, so no sync could pass ")
                .append(f(num("invoice_sync.sync_workers") * 1000 / num(burst + "gateway_call_mean_ms")))
                .append("/s; the burst reached ").append(ratioText(num(burst + "ratio_to_gateway_bound")))
                .append(" of that.\n");
        String paced = "invoice_sync.paced_half_ideal.";
        md.append("- Paced: ").append(f(num(paced + "invoices"))).append(" invoices finalized at ")
                .append(f(num(paced + "rate_per_s"))).append("/s (half the ideal, so no queueing); ")
                .append(f(num(paced + "linked"))).append(" linked; finalize → link ")
                .append(latencyLine(paced + "finalize_to_link")).append(".\n\n");
    }

    private void footprintSection(StringBuilder md, double rss) {
        String mem = "footprint.memory_under_ingest.";
        md.append("## Footprint\n\n");
        md.append("- paybridge's resident memory, sampled every 200 ms from `/proc/<pid>/status` during the warm-up, ")
                .append("the steps and the open loop (").append(f(num(mem + "samples"))).append(" samples): max VmRSS ")
                .append(f(num(mem + "max_vmrss_mb"))).append(" MB; VmHWM (kernel peak) ").append(f(num(mem + "vmhwm_mb")))
                .append(" MB; VmRSS after the load ").append(f(num(mem + "vmrss_after_mb"))).append(" MB. JVM options: ")
                .append(options.paybridgeJavaOpts().isBlank() ? "those of `./paybridge` (its class-data archive, -Xmx256m) and a GC log" : "`" + options.paybridgeJavaOpts() + "`")
                .append(".\n");
        md.append("- Process start → first 200 from `/ready` (polled every 5 ms) with the external database: first start ")
                .append("on the empty database (Flyway migrations included) ").append(f(num("footprint.ready_first_start_ms")))
                .append(" ms (").append(Boolean.TRUE.equals(at("footprint.class_data_archive_at_first_start"))
                        ? "with the class-data archive the build wrote beside the jar" : "without a class-data archive "
                        + "(none newer than the jar): `./paybridge` wrote it when that process exited").append("); restart on the migrated database ").append(f(num("footprint.ready_restart_ms")))
                .append(" ms (VmRSS when ready ").append(f(num("footprint.idle_vmrss_after_restart_mb"))).append(" MB).\n\n");
    }

    private void boundsSection(StringBuilder md, double rate, int clients, double tps, double ratio, double p50,
            double tailRatio, double errors, double syncRatio, double pacedP50, double syncLatency, double rss, double readyFirst,
            double readyRestart) {
        md.append("## What bounds it\n\n");
        md.append("The profiles behind this section (JFR of paybridge under the webhook load, the periodic stalls and "
                + "where they come from) and how to take them again are in [performance-notes.md](performance-notes.md)."
                + "\n\n");
        Map<?, ?> bestCpu = bestStepCpu(clients);
        double pbCores = bestCpu == null ? Double.NaN : ((Number) bestCpu.get("paybridge")).doubleValue();
        double pgCores = bestCpu == null ? Double.NaN : ((Number) bestCpu.get("postgresql")).doubleValue();
        double genCores = bestCpu == null ? Double.NaN : ((Number) bestCpu.get("load_generator")).doubleValue();
        double busy = bestCpu == null ? Double.NaN : ((Number) bestCpu.get("machine_busy_fraction")).doubleValue();
        double pgbenchPg = num("webhook_ingest.pgbench.cpu_cores.postgresql");
        double pgbenchClient = num("webhook_ingest.pgbench.cpu_cores.pgbench");
        String cpuPerEvent = String.format(Locale.ROOT, "paybridge %.2f ms, PostgreSQL %.2f ms, load generator %.2f ms",
                pbCores * 1000 / rate, pgCores * 1000 / rate, genCores * 1000 / rate);
        md.append("CPU per webhook at the best step (").append(clients).append(" clients, machine ")
                .append(pct(busy)).append(" busy): ").append(cpuPerEvent).append(". Under pgbench, PostgreSQL used ")
                .append(String.format(Locale.ROOT, "%.2f ms", pgbenchPg * 1000 / tps)).append(" and pgbench ")
                .append(String.format(Locale.ROOT, "%.2f ms", pgbenchClient * 1000 / tps))
                .append(" of CPU per transaction (machine ").append(pct(at("webhook_ingest.pgbench.cpu_cores.machine_busy_fraction")))
                .append(" busy).\n\n");
        Map<?, ?> bestDb = bestStep(clients, "database_per_webhook");
        md.append("PostgreSQL's own counters (pg_stat_database, pg_stat_user_tables) per webhook at the best step: ")
                .append(bestDb == null ? "n/a" : bestDb.toString()).append("; per pgbench transaction: ")
                .append(at("webhook_ingest.pgbench.database_per_transaction")).append(".\n\n");
        List<String> missed = new ArrayList<>();
        if (!(ratio >= TARGET_RATIO)) {
            missed.add(String.format(Locale.ROOT, "**Ingest rate (%.3f × pgbench, target %.1f).** At the best step "
                    + "the machine was %s busy: the %s cores are shared, and each webhook cost %.2f ms of paybridge "
                    + "CPU, %.2f ms of PostgreSQL CPU and %.2f ms of load-generator CPU, while a pgbench transaction "
                    + "cost %.2f ms of PostgreSQL CPU and %.2f ms of pgbench CPU. paybridge's own CPU per webhook "
                    + "comes on top of the database work; on saturated cores the CPU per unit of work alone predicts "
                    + "a ratio of %.2f.", ratio, TARGET_RATIO, pct(busy), at("machine.nproc"), pbCores * 1000 / rate,
                    pgCores * 1000 / rate, genCores * 1000 / rate, pgbenchPg * 1000 / tps, pgbenchClient * 1000 / tps,
                    (pgbenchPg + pgbenchClient) / tps / ((pbCores + pgCores + genCores) / rate)));
        }
        if (!(tailRatio <= TARGET_TAIL_RATIO) || !(p50 <= TARGET_P50_MS)) {
            String open = "webhook_ingest.open_loop_half_rate.";
            Map<?, ?> single = stepLatency(1);
            missed.add(String.format(Locale.ROOT, "**Latency at half the max (p50 %.2f ms, target %.0f ms; p99 %.3f × "
                    + "pgbench's, target %.0f).** One "
                    + "client alone (no queueing) saw p50 %s ms and p99 %s ms. In the open loop at %.0f/s the median "
                    + "stayed at %.2f ms but p90 was %.2f ms, with the machine %s busy on average (paybridge %.2f "
                    + "cores, PostgreSQL %.2f, load generator %.2f)%s. %s", p50, TARGET_P50_MS, tailRatio,
                    TARGET_TAIL_RATIO,
                    single == null ? "n/a" : n(single.get("p50_ms")), single == null ? "n/a" : n(single.get("p99_ms")),
                    num(open + "target_rate_per_s"), num(open + "latency_from_scheduled_send.p50_ms"),
                    num(open + "latency_from_scheduled_send.p90_ms"),
                    pct(at(open + "cpu_cores.machine_busy_fraction")), num(open + "cpu_cores.paybridge"),
                    num(open + "cpu_cores.postgresql"), num(open + "cpu_cores.load_generator"),
                    num(open + "cpu_cores.machine_busy_fraction") < 0.8 ? ": the tail is not steady CPU saturation"
                            : "", tailLine()));
        }
        double bestToBest = num("webhook_ingest.ratio_best_to_best");
        if (!(bestToBest >= TARGET_BEST_TO_BEST)) {
            missed.add(bestToBestLine(bestToBest, rate, (pbCores + genCores) * 1000 / rate, pgCores * 1000 / rate));
        }
        double cpuMs = pbCores * 1000 / rate;
        if (!(cpuMs <= TARGET_CPU_PER_WEBHOOK_MS) && !(cpuMs <= TARGET_CPU_SHARE_OF_POSTGRESQL * pgCores * 1000 / rate)) {
            missed.add(String.format(Locale.ROOT, "**CPU per webhook (%.2f ms, PostgreSQL %.2f ms; target ≤ %.1f ms "
                    + "or ≤ %.1f × PostgreSQL's).** Where paybridge's CPU goes: performance-notes.md, section 3 (JFR).",
                    cpuMs, pgCores * 1000 / rate, TARGET_CPU_PER_WEBHOOK_MS, TARGET_CPU_SHARE_OF_POSTGRESQL));
        }
        if (errors != 0) {
            missed.add("**Errors (" + f(errors) + ").** First error seen: open loop `"
                    + at("webhook_ingest.open_loop_half_rate.first_error") + "`; steps: " + stepErrors() + ".");
        }
        if (!(syncRatio >= TARGET_SYNC_RATIO)) {
            String burst = "invoice_sync.burst.";
            missed.add(String.format(Locale.ROOT, "**Sync throughput (%.3f × ideal).** The finalizes arrived at "
                    + "%.1f/s (ideal %.1f/s); the links followed at %.1f/s with the machine %s busy (paybridge %.2f "
                    + "cores). Each sync is one simulator round trip of %.0f ms plus paybridge's own statements "
                    + "before and after it, on cores shared with the finalize requests.", syncRatio,
                    num(burst + "finalize_rate_per_s"), num(burst + "ideal_per_s"), num(burst + "throughput_per_s"),
                    pct(at(burst + "cpu_cores.machine_busy_fraction")), num(burst + "cpu_cores.paybridge"),
                    syncLatency));
        }
        if (!(pacedP50 <= syncLatency + TARGET_SYNC_SLACK_MS)) {
            missed.add(String.format(Locale.ROOT, "**Finalize → link (p50 %.2f ms, target %.0f ms).** Measured "
                    + "at half the ideal rate, so not queueing behind the workers: the time beyond the %.0f ms of "
                    + "simulator latency is paybridge's wake-up of a worker and its own statements.", pacedP50,
                    syncLatency + TARGET_SYNC_SLACK_MS, syncLatency));
        }
        if (!(rss <= TARGET_RSS_MB)) {
            missed.add(String.format(Locale.ROOT, "**Resident memory (%.0f MB).** paybridge ran with %s; the JVM "
                    + "then sizes its heap from the machine's %s MB of memory (this harness's JVM, started the same "
                    + "way, got a maximum heap of %d MB), and the heap grows under allocation-heavy load before it is "
                    + "collected. A bounded heap (`--paybridge-java-opts=\"-Xmx256m\"`) is the lever to test.", rss,
                    options.paybridgeJavaOpts().isBlank() ? "no JVM options" : options.paybridgeJavaOpts(),
                    f(num("machine.memory_total_mb")), Runtime.getRuntime().maxMemory() / (1024 * 1024)));
        }
        if (!(readyRestart <= TARGET_READY_MS) || !(readyFirst <= TARGET_FIRST_READY_MS)) {
            missed.add(String.format(Locale.ROOT, "**Start → ready (first %.0f ms, restart %.0f ms).** The process "
                    + "start includes the JVM start (mapping the class-data archive), logging and configuration, the "
                    + "keyset, the pool and Flyway (migrations on the first start), the plugins, Guice wiring and "
                    + "Jetty, one after the other, with the JIT compiler threads on the second core; the same start "
                    + "varies by several hundred ms between runs on this machine. Its phases, measured one by one, "
                    + "and a parallel start that was tried and made it slower: performance-notes.md, section 6.%s",
                    readyFirst, readyRestart, Boolean.TRUE.equals(at("footprint.class_data_archive_at_first_start")) ? ""
                            : " The first start ran without a class-data archive: none was newer than the jar (the build writes "
                            + "one, unless the start that records it failed)."));
        }
        if (missed.isEmpty()) {
            md.append("Every target was met in this run.\n");
        } else {
            md.append("Targets missed in this run, with what the run observed:\n\n");
            missed.forEach(line -> md.append("- ").append(line).append("\n"));
        }
    }

    private static double cpuPerWebhookMs(Map<?, ?> cpu, String process, double rate) {
        return cpu != null && cpu.get(process) instanceof Number cores ? cores.doubleValue() * 1000 / rate : Double.NaN;
    }

    private Map<?, ?> bestStepCpu(int clients) {
        return bestStep(clients, "cpu_cores");
    }

    private Map<?, ?> bestStep(int clients, String key) {
        if (at("webhook_ingest.steps") instanceof List<?> steps) {
            for (Object step : steps) {
                Map<?, ?> map = (Map<?, ?>) step;
                if (((Number) map.get("clients")).intValue() == clients && ((Number) map.get("errors")).longValue() == 0) {
                    return (Map<?, ?>) map.get(key);
                }
            }
        }
        return null;
    }

    private String otherPgbench() {
        List<String> parts = new ArrayList<>();
        if (at("webhook_ingest.pgbench_other_client_counts") instanceof List<?> runs) {
            for (Object run : runs) {
                Map<?, ?> map = (Map<?, ?>) run;
                parts.add(map.get("clients") + " clients " + n(map.get("tps")) + " tps");
            }
        }
        return parts.isEmpty() ? "(none)" : "(" + String.join(", ", parts) + ")";
    }

    private Map<?, ?> stepLatency(int clients) {
        if (at("webhook_ingest.steps") instanceof List<?> steps) {
            for (Object step : steps) {
                Map<?, ?> map = (Map<?, ?>) step;
                if (((Number) map.get("clients")).intValue() == clients) {
                    return (Map<?, ?>) map.get("latency");
                }
            }
        }
        return null;
    }

    private String stepErrors() {
        List<String> parts = new ArrayList<>();
        if (at("webhook_ingest.steps") instanceof List<?> steps) {
            for (Object step : steps) {
                Map<?, ?> map = (Map<?, ?>) step;
                if (map.get("first_error") != null) {
                    parts.add(map.get("clients") + " clients: `" + map.get("first_error") + "`");
                }
            }
        }
        return parts.isEmpty() ? "none" : String.join("; ", parts);
    }

    /**
     * Why best to best fell short: the CPU per unit of work of pgbench's best run against paybridge's best step, and
     * what the target would leave paybridge and its load generator per webhook at this PostgreSQL cost.
     */
    private String bestToBestLine(double bestToBest, double rate, double clientSideMs, double postgresMs) {
        double bestTps = num("webhook_ingest.pgbench_best_tps");
        List<Object> runs = new ArrayList<>();
        runs.add(at("webhook_ingest.pgbench"));
        if (at("webhook_ingest.pgbench_other_client_counts") instanceof List<?> others) {
            runs.addAll(others);
        }
        Map<?, ?> best = runs.stream().filter(run -> run instanceof Map<?, ?> map && map.get("tps") instanceof Number tps
                && Math.abs(tps.doubleValue() - bestTps) < 0.01).map(run -> (Map<?, ?>) run).findFirst().orElse(null);
        String head = String.format(Locale.ROOT, "**Best to best (%.3f, target %.2f).** paybridge's best step made "
                + "%.0f/s, pgbench's best run %.0f tps", bestToBest, TARGET_BEST_TO_BEST, rate, bestTps);
        if (best == null || !(best.get("cpu_cores") instanceof Map<?, ?> cores)) {
            return head + ".";
        }
        double pgbenchPostgresMs = number(cores.get("postgresql")) * 1000 / bestTps;
        double pgbenchClientMs = number(cores.get("pgbench")) * 1000 / bestTps;
        double allowedMs = (pgbenchPostgresMs + pgbenchClientMs) / TARGET_BEST_TO_BEST;
        return head + String.format(Locale.ROOT, " at %s clients, the machine %s busy. There a transaction cost %.2f ms "
                + "of PostgreSQL CPU and %.2f ms of pgbench CPU; at paybridge's best step a webhook cost %.2f ms of "
                + "PostgreSQL CPU and %.2f ms of paybridge and load-generator CPU, on the same cores. On saturated "
                + "cores these predict a ratio of %.2f; the target needs a webhook's whole cost within %.2f ms, so "
                + "paybridge and its load generator within %.2f ms at this PostgreSQL cost (performance-notes.md, "
                + "section 8).", best.get("clients"), pct(cores.get("machine_busy_fraction")), pgbenchPostgresMs,
                pgbenchClientMs, postgresMs, clientSideMs,
                (pgbenchPostgresMs + pgbenchClientMs) / (postgresMs + clientSideMs), allowedMs, allowedMs - postgresMs);
    }

    /** The value as a double; NaN when it is not a number. */
    static double number(Object value) {
        return value instanceof Number number ? number.doubleValue() : Double.NaN;
    }

    /** The invoices made after the setup, when a warm-up round or the open loop needed more events. */
    private String topUpsLine() {
        if (!(at("webhook_ingest.top_ups") instanceof List<?> topUps) || topUps.isEmpty()) {
            return "";
        }
        long invoices = topUps.stream().mapToLong(made -> ((Number) ((Map<?, ?>) made).get("invoices")).longValue())
                .sum();
        return "; " + invoices + " more were made the same way during the run, before a warm-up round (the warm-up "
                + "and the open loop needed more events than `--events`)";
    }

    /** A {@link WarmUp}'s rounds in one sentence fragment: how long it took the JIT to go quiet, and what it cost. */
    static String warmUpLine(Object warmup) {
        if (!(warmup instanceof Map<?, ?> map) || !(map.get("rounds") instanceof List<?> rounds)) {
            return "n/a";
        }
        List<String> each = new ArrayList<>();
        for (Object item : rounds) {
            Map<?, ?> round = (Map<?, ?>) item;
            each.add(n(round.get("rate_per_s")) + "/s, " + n(round.get("paybridge_cpu_per_webhook_ms")) + " ms, "
                    + pct(round.get("jit_share_of_paybridge_cpu")));
        }
        return n(map.get("events")) + " events at " + map.get("clients") + " clients in " + rounds.size()
                + " rounds, sent until a round in which paybridge's JIT compiler threads used at most "
                + pct(WarmUp.QUIET_JIT_SHARE) + " of its CPU (" + (Boolean.TRUE.equals(map.get("jit_quiet"))
                        ? "reached" : "not reached within `--warmup-max-events`")
                + "), " + n(map.get("errors")) + " errors; each round's rate, paybridge's CPU per webhook and the "
                + "compiler's share of it: " + String.join("; ", each);
    }

    private String latencyLine(String path) {
        return "p50 " + f(num(path + ".p50_ms")) + " ms, p90 " + f(num(path + ".p90_ms")) + " ms, p99 "
                + f(num(path + ".p99_ms")) + " ms, p99.9 " + f(num(path + ".p99_9_ms")) + " ms, max "
                + f(num(path + ".max_ms")) + " ms";
    }

    private static String db(Map<?, ?> step, String key) {
        return step.get("database_per_webhook") instanceof Map<?, ?> db ? n(db.get(key)) : "n/a";
    }

    private String damonLine() {
        Object monitors = at("machine.damon");
        if (!(monitors instanceof List<?> list) || list.isEmpty()) {
            return "none";
        }
        StringBuilder line = new StringBuilder();
        for (Object entry : list) {
            Map<?, ?> monitor = (Map<?, ?>) entry;
            line.append(line.length() == 0 ? "" : "; ").append(monitor.get("state"))
                    .append(", ").append(monitor.get("operations")).append(" sampled every ")
                    .append(monitor.get("sample_ms")).append(" ms, scheme ").append(monitor.get("scheme_action"));
        }
        return line.toString();
    }

    /** The open loop's slow requests set against the GC pauses of paybridge and of the load generator. */
    private String tailLine() {
        String tail = "webhook_ingest.open_loop_half_rate.tail.";
        if (at(tail + "requests") == null) {
            return "";
        }
        return String.format(Locale.ROOT, "Tail: %s of %s requests took longer than %s ms. During the open loop "
                        + "paybridge's JVM stopped at a safepoint (GC or other VM work) %s times (%s ms in all, longest %s ms) "
                        + "and the load generator's %s times (%s ms, longest %s ms); of the slow requests, %s were in flight during a paybridge "
                        + "pause, %s during a load-generator pause, %s during either. They came in %s bursts (a run of "
                        + "consecutive slow requests: a stall), a median %s ms apart.%s Each request's due time and "
                        + "latency: `benchmarks/target/bench-logs/open-loop.csv`; the GC and safepoint logs are beside it.",
                n(at(tail + "slow_requests")), n(at(tail + "requests")), n(at(tail + "slow_threshold_ms")),
                n(at(tail + "paybridge_gc_pauses.count")), n(at(tail + "paybridge_gc_pauses.total_ms")),
                n(at(tail + "paybridge_gc_pauses.max_ms")), n(at(tail + "load_generator_gc_pauses.count")),
                n(at(tail + "load_generator_gc_pauses.total_ms")), n(at(tail + "load_generator_gc_pauses.max_ms")),
                n(at(tail + "slow_in_flight_during_paybridge_gc")), n(at(tail + "slow_in_flight_during_load_generator_gc")),
                n(at(tail + "slow_in_flight_during_any_gc")), n(at(tail + "slow_bursts")),
                n(at(tail + "median_ms_between_bursts")), damonRunning() ? " This VM's kernel runs DAMON (see Machine): "
                        + "each sampling pass walks the page mappings of every process and stalls them; the run "
                        + "measures the machine as it is, with it." : "");
    }

    private boolean damonRunning() {
        return at("machine.damon") instanceof List<?> list
                && list.stream().anyMatch(monitor -> "on".equals(((Map<?, ?>) monitor).get("state")));
    }

    private static String n(Object value) {
        return value instanceof Number number ? f(number.doubleValue()) : "n/a";
    }

    static String pct(Object fraction) {
        return fraction instanceof Number number ? String.format(Locale.ROOT, "%.0f %%", number.doubleValue() * 100)
                : "n/a";
    }

    private static void row(StringBuilder md, String name, String value) {
        md.append("| ").append(name).append(" | ").append(value.replace("|", "\\|").replace("\n", " ")).append(" |\n");
    }
}
