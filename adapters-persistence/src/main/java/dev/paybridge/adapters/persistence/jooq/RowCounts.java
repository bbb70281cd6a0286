package dev.paybridge.adapters.persistence.jooq;

import org.jooq.Param;
import org.jooq.impl.DSL;

/**
 * Every LIMIT and OFFSET of paybridge's SQL, written into the text rather than bound. The pool plans each statement
 * once for any values ({@link PostgresDatabase#PLAN_FOR_ANY_TENANT}), and such a plan takes a bound row count for a
 * tenth of what the rows before it may hold: a claim of one due job among 45 000 pending ones was planned as a join
 * of 4 500 and read the whole table each time. A literal count is planned for what it is.
 */
public final class RowCounts {
    private RowCounts() {
    }

    /** {@code count} as an SQL literal, for {@code limit(…)} and {@code offset(…)}. */
    public static Param<Integer> literal(int count) {
        return DSL.inline(count);
    }
}
