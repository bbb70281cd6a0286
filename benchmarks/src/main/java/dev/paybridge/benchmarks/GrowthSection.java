package dev.paybridge.benchmarks;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The growth phase in {@code docs/benchmarks.md}: its row among the targets and its own section. */
final class GrowthSection {
    private GrowthSection() {
    }

    /** The target's row: the rate at the largest size against the rate at the smallest. */
    static void targetRow(StringBuilder md, Object growth) {
        List<Map<?, ?>> sizes = sizes(growth);
        if (sizes.size() < 2) {
            return;
        }
        Map<?, ?> first = sizes.get(0);
        Map<?, ?> last = sizes.get(sizes.size() - 1);
        double ratio = Report.number(((Map<?, ?>) growth).get("rate_ratio_largest_to_smallest"));
        md.append("| 15 | webhook ingest as the data grows: rate at ").append(first.get("invoices"))
                .append(" invoices ").append(Report.f(rate(first))).append("/s, at ").append(last.get("invoices"))
                .append(" invoices ").append(Report.f(rate(last))).append("/s (").append(clients(growth))
                .append(" clients); largest ÷ smallest | ").append(String.format(Locale.ROOT, "%.3f", ratio))
                .append(" | ≥ ").append(Report.TARGET_GROWTH_RATIO).append(" | ")
                .append(Report.met(ratio >= Report.TARGET_GROWTH_RATIO))
                .append(" | harness, growth phase (`--growth-sizes`) |\n");
    }

    static void append(StringBuilder md, Object growth) {
        md.append("## Cost as the data grows\n\n");
        List<Map<?, ?>> sizes = sizes(growth);
        if (sizes.isEmpty()) {
            md.append("Not measured in this run (`--no-growth` or an empty `--growth-sizes`).\n\n");
            return;
        }
        Map<?, ?> settings = (Map<?, ?>) ((Map<?, ?>) growth).get("settings");
        md.append("Webhook ingest at ").append(settings.get("sizes")).append(" invoices, measured after the phases ")
                .append("above in a PostgreSQL database of its own (same server) with a paybridge process of its own ")
                .append("(same jar, JVM options and simulator; ready after ")
                .append(Report.f(Report.number(((Map<?, ?>) growth).get("paybridge_ready_ms"))))
                .append(" ms), so each size is the whole table and all of it belongs to the measured tenant ")
                .append("environment: every index the webhook's statements use is that big, the harder case next to ")
                .append("the same rows spread over many tenants. The sizes grow one after the other. To reach each, ")
                .append("bulk history is added in SQL first (one `INSERT … SELECT` over `generate_series` per table, ")
                .append("constraints and indexes in place): finalized 10.00 SAR invoices with one line and a live ")
                .append("link each, every second one paid with its payment row and its processed `payment_paid` ")
                .append("event; its ids sort before paybridge's own and it is dated 2024, like older history. Then ")
                .append("`VACUUM ANALYZE` and a `CHECKPOINT`; then the measured invoices are created over the API, ")
                .append("linked through the simulator, the database settled again, and each paid once by a ")
                .append("`payment_paid` delivery to paybridge's webhook URL: warm-up rounds of a fifth of the measured ")
                .append("count until paybridge's JIT compiler is quiet again (at most three: making the size's ")
                .append("invoices over the API runs other code), then ")
                .append(settings.get("events_per_size")).append(" measured events in a closed loop at ")
                .append(settings.get("clients")).append(" clients. Before the first size the fresh process was ")
                .append("warmed up as the main one, on a throwaway tenant whose rows were then truncated: ")
                .append(Report.warmUpLine(((Map<?, ?>) growth).get("warmup"))).append(".\n\n");
        md.append("| invoices | added in SQL | load s | settle s | warm-up events (JIT share of its last round) | ")
                .append("events | errors | rate/s | p50 ms | p99 ms | ")
                .append("p99.9 ms | index entries read per webhook | blocks per webhook: in shared buffers / read ")
                .append("from outside | CPU per webhook: paybridge / PostgreSQL | taken by the hypervisor |\n")
                .append("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (Map<?, ?> size : sizes) {
            Map<?, ?> measured = (Map<?, ?>) size.get("measured");
            Map<?, ?> latency = (Map<?, ?>) measured.get("latency");
            Map<?, ?> cpu = (Map<?, ?>) measured.get("cpu_cores");
            Map<?, ?> db = (Map<?, ?>) measured.get("database_per_webhook");
            double rate = rate(size);
            md.append("| ").append(size.get("invoices")).append(" | ").append(size.get("bulk_invoices_added"))
                    .append(" | ").append(n(size.get("bulk_load_seconds"))).append(" | ")
                    .append(n(size.get("bulk_settle_seconds"))).append(" | ").append(warmUpCell(size.get("warmup")))
                    .append(" | ").append(measured.get("events"))
                    .append(" | ").append(measured.get("errors")).append(" | ").append(Report.f(rate)).append(" | ")
                    .append(n(latency.get("p50_ms"))).append(" | ").append(n(latency.get("p99_ms"))).append(" | ")
                    .append(n(latency.get("p99_9_ms"))).append(" | ").append(n(db.get("rows_returned")))
                    .append(" | ").append(n(db.get("buffer_hits"))).append(" / ").append(n(db.get("buffer_reads")))
                    .append(" | ").append(String.format(Locale.ROOT, "%.2f / %.2f ms",
                            Report.number(cpu.get("paybridge")) * 1000 / rate,
                            Report.number(cpu.get("postgresql")) * 1000 / rate))
                    .append(" | ").append(Report.pct(cpu.get("machine_steal_fraction"))).append(" |\n");
        }
        md.append("\nTable sizes on disk after each size's measurement, MB: all of it (heap / indexes); all of it ")
                .append("is `pg_total_relation_size`, with TOAST.\n\n| invoices |");
        GrowthPhase.TABLES.forEach(table -> md.append(" ").append(table).append(" |"));
        md.append("\n|---|").append("---|".repeat(GrowthPhase.TABLES.size())).append("\n");
        for (Map<?, ?> size : sizes) {
            Map<?, ?> relations = (Map<?, ?>) size.get("relation_sizes");
            md.append("| ").append(size.get("invoices")).append(" |");
            for (String table : GrowthPhase.TABLES) {
                Map<?, ?> relation = (Map<?, ?>) relations.get(table);
                md.append(" ").append(n(relation.get("total_mb"))).append(" (").append(n(relation.get("heap_mb")))
                        .append(" / ").append(n(relation.get("indexes_mb"))).append(") |");
            }
            md.append("\n");
        }
        md.append("\nIndex entries read per webhook is PostgreSQL's `tup_returned` over the measured events: it stays ")
                .append("flat while every statement finds its rows through an index, whatever the size. Blocks per ")
                .append("webhook are its `blks_hit` and `blks_read`: a block read from outside PostgreSQL's shared ")
                .append("buffers (`shared_buffers` in the Machine table) comes from the kernel's page cache or the ")
                .append("disk, at a cost in CPU that grows with the share of the tables no longer in the buffers. ")
                .append("paybridge's own work per webhook is the same at every size: where its CPU per webhook moves ")
                .append("with PostgreSQL's, the machine's speed moved, and the hypervisor's share of the machine's ")
                .append("CPU time during each measurement (`steal` in /proc/stat) says how much it took. The ")
                .append("restart (Footprint) was timed before this phase, on the main database.\n\n");
    }

    private static String warmUpCell(Object warmup) {
        if (!(warmup instanceof Map<?, ?> map) || !(map.get("rounds") instanceof List<?> rounds) || rounds.isEmpty()) {
            return "n/a";
        }
        Object share = ((Map<?, ?>) rounds.get(rounds.size() - 1)).get("jit_share_of_paybridge_cpu");
        return map.get("events") + " (" + (share instanceof Number number
                ? String.format(Locale.ROOT, "%.0f %%", number.doubleValue() * 100) : "n/a") + ")";
    }

    private static List<Map<?, ?>> sizes(Object growth) {
        if (growth instanceof Map<?, ?> map && map.get("sizes") instanceof List<?> list) {
            return list.stream().<Map<?, ?>>map(size -> (Map<?, ?>) size).toList();
        }
        return List.of();
    }

    private static Object clients(Object growth) {
        return ((Map<?, ?>) ((Map<?, ?>) growth).get("settings")).get("clients");
    }

    private static double rate(Map<?, ?> size) {
        return Report.number(((Map<?, ?>) size.get("measured")).get("rate_per_s"));
    }

    private static String n(Object value) {
        return Report.f(Report.number(value));
    }
}
