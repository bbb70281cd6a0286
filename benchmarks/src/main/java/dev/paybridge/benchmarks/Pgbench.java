package dev.paybridge.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The database work of one {@code payment_paid} webhook, driven straight at PostgreSQL by {@code pgbench}: the
 * statements paybridge executes, from its own statement files ({@link PgbenchScript}), on synthetic linked invoices of
 * the same tenant environment (one line each, 10.00 SAR, like the webhook's invoices).
 */
final class Pgbench {
    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");
    private static final Pattern LATENCY = Pattern.compile("latency average = ([0-9.]+) ms");
    private static final Pattern PROCESSED = Pattern.compile("number of transactions actually processed: (\\d+)");
    private static final Pattern FAILED = Pattern.compile("number of failed transactions: (\\d+)");
    private static final long INVOICE_BASE = 1_000_000_000_000_000_000L;
    private static final long GATEWAY_INVOICE_BASE = 2_000_000_000_000_000_000L;
    /** A fresh 19-digit id each transaction. */
    private static final String FRESH_ID = "random(3000000000000000000, 9000000000000000000)";
    private final Path root;
    private final Database database;
    private final Store store;
    private final Tenant tenant;
    private final Instant finalizedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);

    Pgbench(Path root, Database database, Store store, Tenant tenant) {
        this.root = root;
        this.database = database;
        this.store = store;
        this.tenant = tenant;
    }

    static String version() {
        try {
            Process process = new ProcessBuilder("pgbench", "--version").redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            process.waitFor(10, TimeUnit.SECONDS);
            return out;
        } catch (IOException | InterruptedException missing) {
            return null;
        }
    }

    /**
     * Inserts {@code rows} finalized, unpaid invoices with one line and an open link each; their links are not due for
     * reconciliation within the run. Their ids are numbers, because pgbench's drawn variables are integers: invoice
     * {@code n} is {@code INVOICE_BASE + n}, its gateway invoice {@code GATEWAY_INVOICE_BASE + n} (19 digits each).
     */
    void prepare(int rows) throws Exception {
        String t = tenant.tenantId();
        String e = tenant.environmentId();
        String connection = store.connectionId(tenant);
        String invoice = "(" + INVOICE_BASE + " + n)::text";
        store.execute("""
                INSERT INTO invoices (tenant_id, environment_id, id, number, invoice_status, payment_status, currency,
                    total, amount_paid, customer_external_id, customer_name, customer_email, due_date, metadata,
                    created_at, finalized_at)
                SELECT '%1$s', '%2$s', %4$s, 'PGB-' || lpad(n::text, 6, '0'), 'finalized', 'pending', 'SAR',
                    10.00, 0, 'cus_pgbench', 'Bench Co', 'billing@bench.test', NULL, '{}'::jsonb, now(), '%5$s'
                FROM generate_series(1, %3$d) AS n""".formatted(t, e, rows, invoice, finalizedAt));
        store.execute("""
                INSERT INTO invoice_lines (tenant_id, environment_id, invoice_id, position, description, quantity,
                    unit_amount, amount)
                SELECT '%1$s', '%2$s', %4$s, 0, 'API calls', 1, 10.00, 10.00
                FROM generate_series(1, %3$d) AS n""".formatted(t, e, rows, invoice));
        store.execute("""
                INSERT INTO payment_links (tenant_id, environment_id, invoice_id, gateway_invoice_id, connection_id,
                    provider_type, url, status, gateway_status, live, expires_at, created_at, next_reconcile_at)
                SELECT '%1$s', '%2$s', %4$s, (%5$d + n)::text, '%6$s', 'moyasar',
                    'https://checkout.moyasar.test/invoices/' || (%5$d + n), 'open', 'initiated', true,
                    now() + interval '7 days', now(), now() + interval '7 days'
                FROM generate_series(1, %3$d) AS n""".formatted(t, e, rows, invoice, GATEWAY_INVOICE_BASE,
                connection));
        store.settle();
    }

    /**
     * The statements of one {@code payment_paid} webhook on a synthetic invoice picked at random, from paybridge's own
     * statement files, with the values paybridge binds for such an event: the tenant environment's ids, fresh event
     * and payment ids, 10.00 SAR paid by a Visa card, the link now {@code paid}, the invoice {@code finalized} and
     * {@code succeeded}, timestamps of now (when the script is made), and as payload the text paybridge stored for
     * the ingest's first event.
     */
    PgbenchScript script(int rows) throws Exception {
        String now = Instant.now().truncatedTo(ChronoUnit.MICROS).toString();
        String payload = store.single("SELECT payload FROM webhook_events WHERE tenant_id = '" + tenant.tenantId()
                + "' AND gateway_event_id = 'evt_bench_0'");
        Map<String, PgbenchScript.Value> values = new LinkedHashMap<>();
        values.put("invoice_number", drawn("random(1, " + rows + ")"));
        values.put("invoice_id", drawn(INVOICE_BASE + " + :invoice_number"));
        values.put("gateway_invoice_id", drawn(GATEWAY_INVOICE_BASE + " + :invoice_number"));
        values.put("event_row_id", drawn(FRESH_ID));
        values.put("gateway_event_id", drawn(FRESH_ID));
        values.put("payment_id", drawn(FRESH_ID));
        values.put("gateway_payment_id", drawn(FRESH_ID));
        values.put("tenant_id", fixed(tenant.tenantId()));
        values.put("environment_id", fixed(tenant.environmentId()));
        values.put("provider_type", fixed("moyasar"));
        String connection = store.connectionId(tenant);
        values.put("connection_id", fixed(connection));
        values.put("sealed_secrets", fixed(store.single("SELECT '\\x' || encode(sealed_secrets, 'hex') FROM connections"
                + " WHERE id = '" + connection + "'")));
        values.put("event_type", fixed("payment_paid"));
        values.put("event_status", fixed("processed"));
        values.put("review_reason", new PgbenchScript.Value.Null());
        values.put("payload", fixed(payload));
        values.put("received_at", fixed(now));
        values.put("processed_at", fixed(now));
        values.put("payment_state", fixed("succeeded"));
        values.put("amount", fixed("10.00"));
        values.put("amount_refunded", fixed("0.00"));
        values.put("currency", fixed("SAR"));
        values.put("method_type", fixed("creditcard"));
        values.put("method_company", fixed("visa"));
        values.put("method_last4", fixed("1111"));
        values.put("failure_message", new PgbenchScript.Value.Null());
        values.put("payment_created_at", fixed(now));
        values.put("payment_updated_at", fixed(now));
        values.put("link_status", fixed("paid"));
        values.put("link_status_changes", fixed("true"));
        values.put("invoice_status", fixed("finalized"));
        values.put("invoice_payment_status", fixed("succeeded"));
        values.put("amount_paid", fixed("10.00"));
        values.put("finalized_at", fixed(finalizedAt.toString()));
        values.put("paid_at", fixed(now));
        values.put("voided_at", new PgbenchScript.Value.Null());
        return PgbenchScript.of(root, values);
    }

    private static PgbenchScript.Value drawn(String expression) {
        return new PgbenchScript.Value.Drawn(expression);
    }

    private static PgbenchScript.Value fixed(String text) {
        return new PgbenchScript.Value.Fixed(text);
    }

    /** The payments stored for the tenant: pgbench's transactions each add one. */
    long payments() throws Exception {
        return Long.parseLong(store.single("SELECT count(*) FROM payments WHERE tenant_id = '" + tenant.tenantId()
                + "'"));
    }

    /** The synthetic invoices paid so far. */
    long paidInvoices() throws Exception {
        return Long.parseLong(store.single("SELECT count(*) FROM invoices WHERE tenant_id = '" + tenant.tenantId()
                + "' AND customer_external_id = 'cus_pgbench' AND payment_status = 'succeeded'"));
    }

    /**
     * The session setting paybridge's pool gives each connection ({@code PostgresDatabase}: every statement planned
     * for any parameters), so that pgbench's backends plan the same statements the same way.
     */
    static final String SESSION_OPTIONS = "-c plan_cache_mode=force_generic_plan";

    /**
     * Runs {@code PGOPTIONS='-c plan_cache_mode=force_generic_plan' pgbench -n -M prepared [more] -c clients
     * -j min(2,clients) -T seconds -f file [-D ...]}; its figures,
     * the payments its transactions stored, and the CPU used from its second second to one second before its end (its
     * backends are gone once it exits).
     */
    Map<String, Object> run(Path file, PgbenchScript script, int clients, double seconds, List<String> more, Path log,
            CpuMeter cpu) throws Exception {
        List<String> command = new ArrayList<>(List.of("pgbench", "-n", "-M", "prepared"));
        command.addAll(more);
        command.addAll(List.of("-c", Integer.toString(clients), "-j", Integer.toString(Math.min(2, clients)), "-T",
                Long.toString(Math.round(seconds)), "-f", file.toString()));
        command.addAll(script.defines());
        command.addAll(List.of("-h", "127.0.0.1", "-p", Integer.toString(database.port()), "-U", "postgres",
                "postgres"));
        long paymentsBefore = payments();
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PGOPTIONS", SESSION_OPTIONS);
        Process process = builder.start();
        CompletableFuture<String> output = CompletableFuture.supplyAsync(() -> {
            try {
                return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException unreadable) {
                return unreadable.toString();
            }
        });
        Thread.sleep(1_000);
        CpuMeter.Snapshot from = cpu.snapshot();
        Thread.sleep(Math.max(500, Math.round(seconds * 1000) - 2_000));
        Map<String, Object> cores = CpuMeter.coresBetween(from, cpu.snapshot());
        if (!process.waitFor((long) seconds + 60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        String out = output.get(10, TimeUnit.SECONDS);
        String shown = shown(command);
        Files.writeString(log, shown + "\n" + out);
        Matcher tps = TPS.matcher(out);
        if (process.exitValue() != 0 || !tps.find()) {
            throw new IllegalStateException("pgbench failed (exit " + process.exitValue() + "):\n" + out);
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("command", shown);
        result.put("clients", clients);
        result.put("tps", Report.round(Double.parseDouble(tps.group(1))));
        Matcher latency = LATENCY.matcher(out);
        result.put("latency_average_ms", latency.find() ? Double.parseDouble(latency.group(1)) : null);
        Matcher processed = PROCESSED.matcher(out);
        result.put("transactions", processed.find() ? Long.parseLong(processed.group(1)) : null);
        Matcher failed = FAILED.matcher(out);
        result.put("failed_transactions", failed.find() ? Long.parseLong(failed.group(1)) : null);
        result.put("payments_created", payments() - paymentsBefore);
        result.put("cpu_cores", cores);
        return result;
    }

    /** The command as a shell would take it: arguments with spaces or quotes in single quotes. */
    private static String shown(List<String> command) {
        return "PGOPTIONS='" + SESSION_OPTIONS + "' " + command.stream().map(arg -> arg.matches("[\\w./:=,@+-]+") ? arg
                : "'" + arg.replace("'", "'\\''") + "'").collect(java.util.stream.Collectors.joining(" "));
    }
}
