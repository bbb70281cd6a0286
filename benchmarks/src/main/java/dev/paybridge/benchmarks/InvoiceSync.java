package dev.paybridge.benchmarks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.locks.LockSupport;

/**
 * Invoice sync with the simulator answering {@code POST /v1/invoices} after a fixed latency: a burst of finalized
 * invoices (throughput against gateway call slots ÷ latency) and a paced run below capacity (finalize → link-ready latency).
 * Both read the times paybridge itself stored: {@code invoices.finalized_at} and {@code payment_links.created_at}.
 */
final class InvoiceSync {
    static final int WARMUP_INVOICES = 200;
    private final Tenant tenant;
    private final Store store;
    private final Options options;

    InvoiceSync(Tenant tenant, Store store, Options options) {
        this.tenant = tenant;
        this.store = store;
        this.options = options;
    }

    private Map<String, String> finalizeAndAwaitLinks(int count, String customer) throws Exception {
        return finalizeAndAwaitLinks(tenant.createInvoices(count, options.setupClients(), customer, false));
    }

    private Map<String, String> finalizeAndAwaitLinks(List<String> ids) throws Exception {
        tenant.finalizeInvoices(ids, options.setupClients());
        long timeout = (long) (ids.size() / idealRate() * 1000 * 5) + 30_000;
        return store.awaitLinks(tenant, ids, timeout);
    }

    double idealRate() {
        return options.syncWorkers() / (options.syncLatencyMs() / 1000.0);
    }

    /**
     * Finalizes M prepared drafts as fast as the setup clients can and measures how fast their links appear, after an
     * unmeasured burst of {@link #WARMUP_INVOICES}: the sync path's first runs load its classes and leave it to the
     * interpreter, as the webhook path's do before the ingest's warm-up.
     */
    Map<String, Object> burst() throws Exception {
        finalizeAndAwaitLinks(WARMUP_INVOICES, "cus_sync_warmup");
        List<String> ids = tenant.createInvoices(options.syncInvoices(), options.setupClients(), "cus_sync_burst",
                false);
        Map<String, String> links = finalizeAndAwaitLinks(ids);
        List<long[]> times = store.finalizeAndLinkTimes(ids);
        long firstFinalize = times.stream().mapToLong(t -> t[0]).min().orElse(0);
        long lastLink = times.stream().mapToLong(t -> t[1]).max().orElse(0);
        long lastFinalize = times.stream().mapToLong(t -> t[0]).max().orElse(0);
        double seconds = (lastLink - firstFinalize) / 1e6;
        double rate = times.size() / seconds;
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("warmup_invoices", WARMUP_INVOICES);
        result.put("invoices", ids.size());
        result.put("linked", links.size());
        result.put("first_to_last_finalize_s", Report.round((lastFinalize - firstFinalize) / 1e6));
        result.put("finalize_rate_per_s", Report.round(times.size() / ((lastFinalize - firstFinalize) / 1e6)));
        result.put("first_finalize_to_last_link_s", Report.round(seconds));
        result.put("throughput_per_s", Report.round(rate));
        result.put("ideal_per_s", Report.round(idealRate()));
        result.put("ratio_to_ideal", Report.ratio(rate / idealRate()));
        result.put("finalize_to_link", latencies(times).summary());
        return result;
    }

    /** Finalizes invoices one every {@code 1/(ideal/2)} seconds and measures finalize → link-ready of each. */
    Map<String, Object> paced() throws Exception {
        double rate = idealRate() / 2;
        int count = options.pacedInvoices();
        List<String> ids = Collections.synchronizedList(new ArrayList<>());
        ExecutorService senders = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> sent = new ArrayList<>();
            ThreadLocal<LoopbackHttp> http = ThreadLocal.withInitial(() -> new LoopbackHttp(tenant.port(), 30_000));
            long began = System.nanoTime();
            for (int k = 0; k < count; k++) {
                long intended = began + (long) (k * 1e9 / rate);
                for (long wait = intended - System.nanoTime(); wait > 0; wait = intended - System.nanoTime()) {
                    LockSupport.parkNanos(wait);
                }
                sent.add(senders.submit(() -> {
                    ids.add(tenant.createInvoice(http.get(), "cus_sync_paced"));
                    return null;
                }));
            }
            for (Future<?> each : sent) {
                each.get();
            }
        } finally {
            senders.shutdownNow();
        }
        Map<String, String> links = store.awaitLinks(tenant, ids, 60_000);
        List<long[]> times = store.finalizeAndLinkTimes(ids);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("invoices", ids.size());
        result.put("linked", links.size());
        result.put("rate_per_s", Report.round(rate));
        result.put("finalize_to_link", latencies(times).summary());
        return result;
    }

    private static Latencies latencies(List<long[]> times) {
        Latencies latencies = new Latencies();
        times.forEach(t -> latencies.recordNanos((t[1] - t[0]) * 1_000));
        return latencies;
    }
}
