package dev.paybridge.benchmarks;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * A tenant environment's history, made in SQL for the growth phase: finalized 10.00 SAR invoices with one line and a
 * live Moyasar link each; every second one paid, with its payment, its link marked paid and the processed
 * {@code payment_paid} event that paid it (the payload a real delivery has). One {@code INSERT … SELECT} over
 * {@code generate_series} per table, every constraint and index in place. The ids sort before paybridge's own
 * time-ordered ids and the rows are dated 2024, so they stand where older history would; the unpaid links are not
 * due for reconciliation within a run.
 */
final class GrowthRows {
    private static final String INVOICE = "'inv_00grw' || lpad(n::text, 21, '0')";
    private static final String AT = "(timestamptz '2024-01-01 00:00:00+00' + n * interval '20 seconds')";
    private static final String PAID_AT = "(" + AT + " + interval '1 hour')";
    private static final String PAID = "mod(n, 2) = 0";
    private final Database database;
    private final Tenant tenant;
    private final String connectionId;
    private long added;

    GrowthRows(Database database, Tenant tenant, String connectionId) {
        this.database = database;
        this.tenant = tenant;
        this.connectionId = connectionId;
    }

    /** Adds {@code count} invoices (numbered on from those added before) with their rows, in one session. */
    void add(long count) throws SQLException {
        if (count <= 0) {
            return;
        }
        String series = " FROM generate_series(" + (added + 1) + ", " + (added + count) + ") AS n";
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            // the load's commits need not wait for the WAL flush (a setting of this session only)
            statement.execute("SET synchronous_commit = off");
            for (String insert : inserts()) {
                statement.execute(insert.replace(" FROM SERIES", series));
            }
        }
        added += count;
    }

    private List<String> inserts() {
        String scope = "'" + tenant.tenantId() + "', '" + tenant.environmentId() + "', ";
        String payload = Tenant.paidEvent("evt_grw_' || n || '", "gpay_grw_' || n || '", "gw_grw_' || n || '",
                "' || " + INVOICE + " || '");
        return List.of("""
                INSERT INTO invoices (tenant_id, environment_id, id, number, invoice_status, payment_status, currency,
                    total, amount_paid, customer_external_id, customer_name, customer_email, due_date, metadata,
                    created_at, finalized_at, paid_at)
                SELECT\s""" + scope + INVOICE + ", 'GRW-' || lpad(n::text, 8, '0'), 'finalized', CASE WHEN " + PAID
                + " THEN 'succeeded' ELSE 'pending' END, 'SAR', 10.00, CASE WHEN " + PAID + " THEN 10.00 ELSE 0 END,"
                + " 'cus_grw_' || mod(n, 5000), 'Bench Co', 'billing@bench.test', NULL, '{}'::jsonb, " + AT + ", " + AT
                + ", CASE WHEN " + PAID + " THEN " + PAID_AT + " END FROM SERIES",
                // the foreign-key checks of the rows below are planned on the invoices' real count, not on a table
                // last seen empty (without this, a smoke run's first 8,500 rows took 30 s, its next 38,800 took 6 s)
                "ANALYZE invoices",
                """
                INSERT INTO invoice_lines (tenant_id, environment_id, invoice_id, position, description, quantity,
                    unit_amount, amount)
                SELECT\s""" + scope + INVOICE + ", 0, 'API calls', 1, 10.00, 10.00 FROM SERIES",
                """
                INSERT INTO payment_links (tenant_id, environment_id, invoice_id, gateway_invoice_id, connection_id,
                    provider_type, url, status, gateway_status, live, expires_at, created_at, next_reconcile_at)
                SELECT\s""" + scope + INVOICE + ", 'gw_grw_' || n, '" + connectionId + "', 'moyasar',"
                + " 'https://checkout.moyasar.test/invoices/gw_grw_' || n, CASE WHEN " + PAID
                + " THEN 'paid' ELSE 'open' END, 'initiated', true, now() + interval '30 days', " + AT
                + ", now() + interval '7 days' FROM SERIES",
                """
                INSERT INTO payments (tenant_id, environment_id, id, invoice_id, provider_type, gateway_payment_id,
                    status, amount, amount_refunded, currency, method_type, method_company, method_last4,
                    failure_message, created_at, updated_at)
                SELECT\s""" + scope + "'pay_00grw' || lpad(n::text, 21, '0'), " + INVOICE + ", 'moyasar',"
                + " 'gpay_grw_' || n, 'succeeded', 10.00, 0, 'SAR', 'creditcard', 'visa', '1111', NULL, " + PAID_AT
                + ", " + PAID_AT + " FROM SERIES WHERE " + PAID,
                """
                INSERT INTO webhook_events (tenant_id, environment_id, id, provider_type, gateway_event_id, type,
                    status, review_reason, payload, received_at, processed_at)
                SELECT\s""" + scope + "'whe_00grw' || lpad(n::text, 21, '0'), 'moyasar', 'evt_grw_' || n,"
                + " 'payment_paid', 'processed', NULL, '" + payload + "', " + PAID_AT + ", " + PAID_AT
                + " FROM SERIES WHERE " + PAID);
    }
}
