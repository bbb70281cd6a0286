package dev.paybridge.adapters.persistence.jooq;

import org.jooq.Field;
import org.jooq.Param;
import org.jooq.impl.DSL;

/**
 * What paybridge's SQL writes as literals rather than binds: values that come from the code, never from data. The
 * pool plans each statement once for any bound values ({@link PostgresDatabase}), so a read by a
 * tenant's key stays on the key whatever the statistics know of the tenant; the same plan knows nothing of a bound
 * value's own frequency. A bound row count is taken for a tenth of the rows before it (a claim of one due job among
 * 45 000 pending ones was planned as a join of 4 500 and read the whole table each time), a bound state cannot match
 * a partial index, and a bound kind is taken for an average one when most rows are of another kind. Tenants, ids,
 * amounts and times stay bound.
 */
public final class Literals {
    private Literals() {
    }

    /** A row count of {@code LIMIT} or {@code OFFSET}. */
    public static Param<Integer> rows(int count) {
        return DSL.inline(count);
    }

    /** A state, status or kind: one of the few wire names a column of that sort may hold. */
    public static Field<String> constant(String wireName) {
        return DSL.inline(wireName);
    }
}
