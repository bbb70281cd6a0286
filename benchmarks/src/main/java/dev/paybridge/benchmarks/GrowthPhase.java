package dev.paybridge.benchmarks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Issue 15, item 3, cost flat as the data grows: webhook ingest measured at growing invoice counts. It runs in a
 * database of its own with its own paybridge process, so each size is the whole table (the other phases' rows are
 * elsewhere) and all of it is the measured tenant's. Sizes grow cumulatively: bulk history ({@link GrowthRows}) tops
 * the tables up to the size, then fresh invoices made over paybridge's API are paid by webhooks through its webhook
 * URL, a warm-up first and then the measured closed loop at a fixed client count.
 */
final class GrowthPhase {
    static final List<String> TABLES = List.of("invoices", "invoice_lines", "payment_links", "payments",
            "webhook_events");
    private static final double MEASURE_SECONDS = 300;
    private static final double QUIET_CORES = 0.05;
    private static final double QUIET_MAX_SECONDS = 30;
    private final GrowthOptions growth;
    private final Options options;
    private final Store store;
    private final Tenant tenant;
    private final GrowthRows rows;
    private final CpuMeter cpu;
    private final DbCounters counters;
    private final long paybridgePid;
    private int eventsMade;

    private GrowthPhase(GrowthOptions growth, Options options, Database database, Paybridge paybridge)
            throws Exception {
        this.growth = growth;
        this.options = options;
        this.store = new Store(database);
        this.tenant = Tenant.create(paybridge.port(), "Growth");
        this.rows = new GrowthRows(database, tenant, store.connectionId(tenant));
        this.cpu = new CpuMeter(Map.of("paybridge", paybridge.process().pid()));
        this.counters = new DbCounters(database);
        this.paybridgePid = paybridge.process().pid();
    }

    /**
     * Measures each size in turn on {@code database}, served by {@code paybridge}: the fresh process is first warmed
     * up on a throwaway tenant, then each size warms up again until the JIT is quiet (see {@link #atSize}).
     */
    static Map<String, Object> run(GrowthOptions growth, Options options, Database database, Paybridge paybridge)
            throws Exception {
        GrowthPhase phase = new GrowthPhase(growth, options, database, paybridge);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("settings", growth.asMap());
        result.put("paybridge_ready_ms", Report.round(paybridge.readyMillis()));
        result.put("warmup", phase.warmUp());
        List<Map<String, Object>> sizes = new ArrayList<>();
        for (int size : growth.sizes()) {
            sizes.add(phase.atSize(size));
        }
        result.put("sizes", sizes);
        double first = rate(sizes.get(0));
        double last = rate(sizes.get(sizes.size() - 1));
        result.put("rate_ratio_largest_to_smallest", sizes.size() < 2 ? null : Report.ratio(last / first));
        return result;
    }

    private static double rate(Map<String, Object> size) {
        Object measured = ((Map<?, ?>) size.get("measured")).get("rate_per_s");
        return measured instanceof Number number ? number.doubleValue() : Double.NaN;
    }

    /**
     * Warms the fresh process up as the main run does ({@link WarmUp}), on a throwaway tenant whose rows are then
     * truncated: every size is measured on a warm JVM (a first size measured on a colder one flattered the ratio of
     * the largest to the smallest), and the tables hold the measured tenant's rows only.
     */
    private Map<String, Object> warmUp() throws Exception {
        BenchmarkMain.log("growth: warming its paybridge up on a throwaway tenant");
        Tenant throwaway = Tenant.create(tenant.port(), "Growth warm-up");
        WebhookIngest load = new WebhookIngest(throwaway.port(), throwaway.webhookPath(), (count, first) -> {
            List<String> ids = throwaway.createInvoices(count, options.setupClients(), "cus_warmup");
            Map<String, String> links = linked(throwaway, ids);
            List<String> bodies = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                int n = first + i;
                bodies.add(Tenant.paidEvent("evt_warmup_" + n, "pay_warmup_" + n, links.get(ids.get(i)), ids.get(i)));
            }
            return bodies;
        }, WarmUp.ROUNDS_PER_BATCH * options.warmupEvents());
        Map<String, Object> warmup = WarmUp.run(load, paybridgePid, options, 0);
        // CASCADE: every table that refers to an invoice goes with it (the measured tenant has no rows yet)
        store.execute("TRUNCATE " + String.join(", ", TABLES) + ", gateway_jobs, idempotency_keys CASCADE");
        store.settle();
        return warmup;
    }

    private Map<String, String> linked(Tenant owner, List<String> ids) throws Exception {
        Map<String, String> links = store.awaitLinks(owner, ids, 300_000);
        if (links.size() < ids.size()) {
            throw new IllegalStateException("only " + links.size() + " of " + ids.size() + " invoices got a link");
        }
        return links;
    }

    /**
     * Tops the tables up to {@code size}, makes the measured invoices over the API, warms up again until the JIT is
     * quiet (making those invoices ran other code; rounds of a fifth of the measured count, at most three) and
     * measures.
     */
    private Map<String, Object> atSize(int size) throws Exception {
        int round = Math.max(1, growth.events() / 5);
        int warmupMax = WarmUp.ROUNDS_PER_BATCH * round;
        int api = warmupMax + growth.events();
        long before = store.count("invoices");
        long bulk = Math.max(0, size - before - api);
        BenchmarkMain.log(String.format("growth to %d invoices: %d there, adding %d in SQL and %d over the API", size,
                before, bulk, api));
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("target_invoices", size);
        result.put("bulk_invoices_added", bulk);
        long began = System.nanoTime();
        rows.add(bulk);
        result.put("bulk_load_seconds", seconds(began));
        began = System.nanoTime();
        store.settle();
        result.put("bulk_settle_seconds", seconds(began));
        BenchmarkMain.log(String.format("loaded in %.1f s, VACUUM ANALYZE and CHECKPOINT %.1f s",
                (Double) result.get("bulk_load_seconds"), (Double) result.get("bulk_settle_seconds")));

        began = System.nanoTime();
        List<String> ids = tenant.createInvoices(api, options.setupClients(), "cus_growth");
        Map<String, String> links = linked(tenant, ids);
        result.put("api_invoices", api);
        result.put("api_invoices_linked_seconds", seconds(began));
        store.settle();
        result.put("invoices", store.count("invoices"));

        List<String> bodies = paidEvents(ids, links);
        WebhookIngest load = new WebhookIngest(tenant.port(), tenant.webhookPath(), (count, first) -> {
            if (first + count > bodies.size()) {
                throw new IllegalStateException("a size's events are made before it is measured");
            }
            return bodies.subList(first, first + count);
        }, bodies.size());
        result.put("warmup", WarmUp.run(load, paybridgePid, growth.clients(), round, warmupMax, growth.events()));
        result.put("quiet_after_warmup_seconds", awaitQuiet());
        long[] dbBefore = counters.read();
        CpuMeter.Snapshot from = cpu.snapshot();
        WebhookIngest.Step step = load.closedLoop(growth.clients(), MEASURE_SECONDS, growth.events());
        Map<String, Object> measured = step.asMap();
        measured.put("cpu_cores", CpuMeter.coresBetween(from, cpu.snapshot()));
        measured.put("database_per_webhook", DbCounters.perEvent(dbBefore, counters.read(),
                step.ok() + step.errors()));
        result.put("measured", measured);
        result.put("relation_sizes", store.relationSizes(TABLES));
        BenchmarkMain.log(String.format("growth at %s invoices: %.1f/s, p50 %.2f ms, p99 %.2f ms, %d errors",
                result.get("invoices"), step.rate(), step.latencies().percentileMillis(50),
                step.latencies().percentileMillis(99), step.errors()));
        return result;
    }

    /**
     * Waits until paybridge is idle after a warm-up (under {@link #QUIET_CORES} of a core over a second, at most
     * {@link #QUIET_MAX_SECONDS}): its JIT compiler threads finish what the warm-up queued, so the first size is not
     * measured against a JVM still compiling (the fresh process's first size read 750/s against 1134/s at the next
     * one). The seconds it took.
     */
    private Double awaitQuiet() throws InterruptedException {
        long began = System.nanoTime();
        while ((System.nanoTime() - began) / 1e9 < QUIET_MAX_SECONDS) {
            CpuMeter.Snapshot from = cpu.snapshot();
            Thread.sleep(1_000);
            Object cores = CpuMeter.coresBetween(from, cpu.snapshot()).get("paybridge");
            if (cores instanceof Number number && number.doubleValue() < QUIET_CORES) {
                break;
            }
        }
        return seconds(began);
    }

    /** One distinct full {@code payment_paid} delivery per invoice, ids unique across the sizes. */
    private List<String> paidEvents(List<String> ids, Map<String, String> links) {
        List<String> bodies = new ArrayList<>(ids.size());
        for (String id : ids) {
            int n = eventsMade++;
            bodies.add(Tenant.paidEvent("evt_growth_" + n, "pay_growth_" + n, links.get(id), id));
        }
        return bodies;
    }

    private static Double seconds(long began) {
        return Report.round((System.nanoTime() - began) / 1e9);
    }
}
