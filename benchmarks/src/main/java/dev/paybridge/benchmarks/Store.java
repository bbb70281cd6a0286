package dev.paybridge.benchmarks;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Read-only looks into paybridge's tables (links, sync times, event outcomes) and the server's settings. */
final class Store {
    private final Database database;

    Store(Database database) {
        this.database = database;
    }

    /** Polls until every invoice has a live payment link (or the timeout passes); invoice id → gateway invoice id. */
    Map<String, String> awaitLinks(Tenant tenant, List<String> invoiceIds, long timeoutMillis) throws Exception {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        Map<String, String> links = new HashMap<>();
        try (Connection connection = database.connect(); PreparedStatement query = connection.prepareStatement(
                "SELECT invoice_id, gateway_invoice_id FROM payment_links WHERE tenant_id = ? AND environment_id = ?"
                        + " AND live AND invoice_id = ANY (?)")) {
            Array ids = connection.createArrayOf("varchar", invoiceIds.toArray());
            query.setString(1, tenant.tenantId());
            query.setString(2, tenant.environmentId());
            query.setArray(3, ids);
            while (true) {
                links.clear();
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        links.put(rows.getString(1), rows.getString(2));
                    }
                }
                if (links.size() >= invoiceIds.size() || System.currentTimeMillis() > deadline) {
                    return links;
                }
                Thread.sleep(100);
            }
        }
    }

    /** For each invoice with a link: microseconds since the epoch of its finalize and of its link's creation. */
    List<long[]> finalizeAndLinkTimes(List<String> invoiceIds) throws SQLException {
        List<long[]> times = new ArrayList<>();
        try (Connection connection = database.connect(); PreparedStatement query = connection.prepareStatement(
                "SELECT i.finalized_at, l.created_at FROM invoices i JOIN payment_links l ON l.tenant_id = i.tenant_id"
                        + " AND l.environment_id = i.environment_id AND l.invoice_id = i.id AND l.live"
                        + " WHERE i.id = ANY (?)")) {
            query.setArray(1, connection.createArrayOf("varchar", invoiceIds.toArray()));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    times.add(new long[] {micros(rows.getObject(1, OffsetDateTime.class)),
                            micros(rows.getObject(2, OffsetDateTime.class))});
                }
            }
        }
        return times;
    }

    /** How many webhook events of the tenant are stored, by status. */
    Map<String, Object> eventsByStatus(Tenant tenant) throws SQLException {
        Map<String, Object> counts = new LinkedHashMap<>();
        try (Connection connection = database.connect(); PreparedStatement query = connection.prepareStatement(
                "SELECT status, count(*) FROM webhook_events WHERE tenant_id = ? AND gateway_event_id LIKE 'evt_bench_%'"
                        + " GROUP BY status ORDER BY status")) {
            query.setString(1, tenant.tenantId());
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    counts.put(rows.getString(1), rows.getLong(2));
                }
            }
        }
        return counts;
    }

    /** How many rows the table holds (a full count, not the planner's estimate). */
    long count(String table) throws SQLException {
        return Long.parseLong(single("SELECT count(*) FROM " + table));
    }

    /**
     * Each table's size on disk in MB: all of it ({@code pg_total_relation_size}: heap, TOAST, indexes), the heap
     * alone ({@code pg_relation_size}) and its indexes ({@code pg_indexes_size}).
     */
    Map<String, Object> relationSizes(List<String> tables) throws SQLException {
        Map<String, Object> sizes = new LinkedHashMap<>();
        try (Connection connection = database.connect(); PreparedStatement query = connection.prepareStatement(
                "SELECT pg_total_relation_size(c), pg_relation_size(c), pg_indexes_size(c) FROM CAST(? AS regclass) c")) {
            for (String table : tables) {
                query.setString(1, table);
                try (ResultSet row = query.executeQuery()) {
                    row.next();
                    Map<String, Object> size = new LinkedHashMap<>();
                    size.put("total_mb", megabytes(row.getLong(1)));
                    size.put("heap_mb", megabytes(row.getLong(2)));
                    size.put("indexes_mb", megabytes(row.getLong(3)));
                    sizes.put(table, size);
                }
            }
        }
        return sizes;
    }

    String connectionId(Tenant tenant) throws SQLException {
        return single("SELECT id FROM connections WHERE tenant_id = '" + tenant.tenantId() + "' AND status = 'active'");
    }

    String single(String sql) throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }

    /**
     * Brings the database to the same settled state before each measured phase: {@code VACUUM ANALYZE} (the planner
     * knows the tables' real sizes, bulk-loaded or updated rows are visible-all and dead versions gone, so no
     * autovacuum or hint-bit writes land inside a measurement) and a {@code CHECKPOINT} (no flush of the setup's
     * dirty pages either).
     */
    void settle() throws SQLException {
        execute("VACUUM ANALYZE");
        execute("CHECKPOINT");
    }

    void execute(String sql) throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static Double megabytes(long bytes) {
        return Report.round(bytes / (1024.0 * 1024.0));
    }

    private static long micros(OffsetDateTime at) {
        return at.toEpochSecond() * 1_000_000L + at.getNano() / 1_000;
    }
}
