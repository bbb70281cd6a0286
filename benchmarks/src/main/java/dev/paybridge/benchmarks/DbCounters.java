package dev.paybridge.benchmarks;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/** PostgreSQL's own counters (pg_stat_database, pg_stat_user_tables), read before and after a load, per event. */
final class DbCounters {
    private static final String SQL = "SELECT d.xact_commit, d.tup_returned, d.tup_fetched, d.tup_inserted,"
            + " d.tup_updated, t.seq_scan, t.seq_tup_read, t.idx_scan, d.blks_hit, d.blks_read FROM pg_stat_database d,"
            + " (SELECT sum(seq_scan) AS seq_scan, sum(seq_tup_read) AS seq_tup_read, sum(idx_scan) AS idx_scan"
            + " FROM pg_stat_user_tables) t WHERE d.datname = current_database()";
    private static final String[] NAMES = {"transactions", "rows_returned", "rows_fetched", "rows_inserted",
        "rows_updated", "seq_scans", "seq_rows_read", "index_scans", "buffer_hits", "buffer_reads"};
    private final Database database;

    DbCounters(Database database) {
        this.database = database;
    }

    /** Waits 1.1 s first: busy backends report their counters at most once a second, idle ones after a second. */
    long[] read() {
        try {
            Thread.sleep(1_100);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute("SELECT pg_stat_force_next_flush()");
            try (ResultSet row = statement.executeQuery(SQL)) {
                row.next();
                long[] values = new long[NAMES.length];
                for (int i = 0; i < values.length; i++) {
                    values[i] = row.getLong(i + 1);
                }
                return values;
            }
        } catch (SQLException unreadable) {
            return new long[NAMES.length];
        }
    }

    /** The counters' growth between two readings divided by the number of events (webhooks, transactions). */
    static Map<String, Object> perEvent(long[] from, long[] to, double events) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < NAMES.length; i++) {
            map.put(NAMES[i], Report.round((to[i] - from[i]) / events));
        }
        return map;
    }
}
