package dev.paybridge.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * statements paybridge's repositories execute (same tables, WHERE and ON CONFLICT clauses), in one transaction, on
 * synthetic linked invoices of the same tenant environment (one line each, 10.00 SAR, like the webhook's invoices).
 */
final class Pgbench {
    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");
    private static final Pattern LATENCY = Pattern.compile("latency average = ([0-9.]+) ms");
    private static final Pattern PROCESSED = Pattern.compile("number of transactions actually processed: (\\d+)");
    private static final Pattern FAILED = Pattern.compile("number of failed transactions: (\\d+)");
    private final Database database;
    private final Store store;
    private final Tenant tenant;

    Pgbench(Database database, Store store, Tenant tenant) {
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
     * Inserts {@code rows} finalized, unpaid invoices with one line and a live link each (well-formed ids
     * {@code inv_pgbench000…n}); their links are not due for reconciliation within the run.
     */
    void prepare(int rows) throws Exception {
        String t = tenant.tenantId();
        String e = tenant.environmentId();
        String connection = store.connectionId(tenant);
        store.execute("""
                INSERT INTO invoices (tenant_id, environment_id, id, number, invoice_status, payment_status, currency,
                    total, amount_paid, customer_external_id, customer_name, customer_email, due_date, metadata,
                    created_at, finalized_at)
                SELECT '%1$s', '%2$s', 'inv_pgbench' || lpad(n::text, 19, '0'), 'PGB-' || lpad(n::text, 6, '0'), 'finalized', 'pending', 'SAR',
                    10.00, 0, 'cus_pgbench', 'Bench Co', 'billing@bench.test', NULL, '{}'::jsonb, now(), now()
                FROM generate_series(1, %3$d) AS n""".formatted(t, e, rows));
        store.execute("""
                INSERT INTO invoice_lines (tenant_id, environment_id, invoice_id, position, description, quantity,
                    unit_amount, amount)
                SELECT '%1$s', '%2$s', 'inv_pgbench' || lpad(n::text, 19, '0'), 0, 'API calls', 1, 10.00, 10.00
                FROM generate_series(1, %3$d) AS n""".formatted(t, e, rows));
        store.execute("""
                INSERT INTO payment_links (tenant_id, environment_id, invoice_id, gateway_invoice_id, connection_id,
                    provider_type, url, status, live, expires_at, created_at, next_reconcile_at)
                SELECT '%1$s', '%2$s', 'inv_pgbench' || lpad(n::text, 19, '0'), 'gw_pgb_' || n, '%4$s', 'moyasar',
                    'https://checkout.moyasar.test/invoices/gw_pgb_' || n, 'open', true,
                    now() + interval '7 days', now(), now() + interval '7 days'
                FROM generate_series(1, %3$d) AS n""".formatted(t, e, rows, connection));
        store.settle();
    }

    /** The custom script: one webhook's statements, with random picks of a synthetic invoice and fresh event ids. */
    String script(int rows) {
        String t = tenant.tenantId();
        String e = tenant.environmentId();
        // no ':' inside literals: pgbench would read ":name" as a variable
        String payload = "{\"id\": \"evt_pgb_' || :e || '\", \"type\": \"payment_paid\", \"created_at\": "
                + "\"2026-11-28T070000.000Z\", \"account_name\": \"Bench\", \"live\": false, \"data\": {\"id\": "
                + "\"gpay_pgb_' || :e || '\", \"status\": \"paid\", \"amount\": 1000, \"fee\": 28, \"currency\": \"SAR\", "
                + "\"refunded\": 0, \"invoice_id\": \"gw_pgb_' || :n || '\", \"created_at\": \"2026-11-28T065900.000Z\", "
                + "\"metadata\": {\"paybridge_invoice_id\": \"inv_pgb_' || :n || '\"}, \"source\": {\"type\": "
                + "\"creditcard\", \"company\": \"visa\", \"number\": \"XXXX-XXXX-XXXX-1111\", \"message\": \"APPROVED\"}}}";
        String inv = "'inv_pgbench' || lpad(CAST(:n AS text), 19, '0')";
        String scope = "tenant_id = '" + t + "' AND environment_id = '" + e + "'";
        return String.join("\n",
                "\\set n random(1, " + rows + ")",
                "\\set e random(1, 1000000000000)",
                "-- WebhookService: JooqConnectionRepository.findActive (outside the transaction)",
                "SELECT * FROM connections WHERE " + scope + " AND status = 'active' ORDER BY created_at;",
                "BEGIN;",
                "-- JooqWebhookEventRepository.insert",
                "INSERT INTO webhook_events (tenant_id, environment_id, id, provider_type, gateway_event_id, type, status,"
                        + " review_reason, payload, received_at, processed_at) VALUES ('" + t + "', '" + e
                        + "', 'whe_pgbench' || lpad(CAST(:e AS text), 19, '0'), 'moyasar', 'evt_pgb_' || :e, 'payment_paid', 'processed', NULL, CAST('"
                        + payload + "' AS jsonb), now(), now()) ON CONFLICT DO NOTHING;",
                "-- JooqPaymentLinkRepository.findByGatewayInvoiceId",
                "SELECT * FROM payment_links WHERE " + scope + " AND provider_type = 'moyasar'"
                        + " AND gateway_invoice_id = 'gw_pgb_' || :n;",
                "-- JooqInvoiceRepository.findForUpdate and its lines",
                "SELECT * FROM invoices WHERE " + scope + " AND id = " + inv + " FOR UPDATE;",
                "SELECT invoice_lines.*, invoices.currency FROM invoice_lines JOIN invoices"
                        + " ON invoices.tenant_id = invoice_lines.tenant_id AND invoices.environment_id ="
                        + " invoice_lines.environment_id AND invoices.id = invoice_lines.invoice_id"
                        + " WHERE invoice_lines.tenant_id = '" + t + "' AND invoice_lines.environment_id = '" + e
                        + "' AND invoice_lines.invoice_id IN (" + inv + ")"
                        + " ORDER BY invoice_lines.invoice_id, invoice_lines.position;",
                "-- JooqPaymentRepository.listForInvoice, save",
                "SELECT * FROM payments WHERE " + scope + " AND invoice_id = " + inv + " ORDER BY created_at, id;",
                "INSERT INTO payments (tenant_id, environment_id, id, invoice_id, provider_type, gateway_payment_id,"
                        + " status, amount, amount_refunded, currency, method_type, method_company, method_last4,"
                        + " failure_message, created_at, updated_at) VALUES ('" + t + "', '" + e
                        + "', 'pay_pgbench' || lpad(CAST(:e AS text), 19, '0'), " + inv + ", 'moyasar', 'gpay_pgb_' || :e, 'succeeded', 10.00, 0,"
                        + " 'SAR', 'creditcard', 'visa', '1111', NULL, now(), now())"
                        + " ON CONFLICT (tenant_id, environment_id, id) DO UPDATE SET status = 'succeeded',"
                        + " amount_refunded = 0, method_type = 'creditcard', method_company = 'visa',"
                        + " method_last4 = '1111', failure_message = NULL, updated_at = now();",
                "-- JooqInvoiceRepository.update",
                "UPDATE invoices SET invoice_status = 'finalized', payment_status = 'succeeded', amount_paid = 10.00,"
                        + " finalized_at = finalized_at, paid_at = now(), voided_at = NULL"
                        + " WHERE " + scope + " AND id = " + inv + ";",
                "-- JooqPaymentLinkRepository.updateStatus",
                "UPDATE payment_links SET status = 'paid' WHERE " + scope
                        + " AND invoice_id = " + inv + " AND gateway_invoice_id = 'gw_pgb_' || :n;",
                "COMMIT;",
                "");
    }

    /**
     * Runs {@code pgbench -n -M prepared -c clients -j min(2,clients) -T seconds -f script}; its figures, with the CPU
     * used from its second second to one second before its end (its backends are gone once it exits).
     */
    Map<String, Object> run(Path script, int clients, double seconds, Path log, CpuMeter cpu) throws Exception {
        List<String> command = new ArrayList<>(List.of("pgbench", "-n", "-M", "prepared", "-c",
                Integer.toString(clients), "-j", Integer.toString(Math.min(2, clients)), "-T",
                Long.toString(Math.round(seconds)), "-f", script.toString(), "-h", "127.0.0.1", "-p",
                Integer.toString(database.port()), "-U", "postgres", "postgres"));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
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
        Files.writeString(log, String.join(" ", command) + "\n" + out);
        Matcher tps = TPS.matcher(out);
        if (process.exitValue() != 0 || !tps.find()) {
            throw new IllegalStateException("pgbench failed (exit " + process.exitValue() + "):\n" + out);
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("command", String.join(" ", command));
        result.put("clients", clients);
        result.put("tps", Report.round(Double.parseDouble(tps.group(1))));
        Matcher latency = LATENCY.matcher(out);
        result.put("latency_average_ms", latency.find() ? Double.parseDouble(latency.group(1)) : null);
        Matcher processed = PROCESSED.matcher(out);
        result.put("transactions", processed.find() ? Long.parseLong(processed.group(1)) : null);
        Matcher failed = FAILED.matcher(out);
        result.put("failed_transactions", failed.find() ? Long.parseLong(failed.group(1)) : null);
        result.put("cpu_cores", cores);
        return result;
    }
}
