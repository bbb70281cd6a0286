package dev.paybridge.adapters.persistence.jooq;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Param;
import org.jooq.Query;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * An insert, update or delete of a hot path, rendered to SQL once (see {@link RenderedSql}). Templates name their
 * values after the columns they fill ({@link #value}), so a run can take them straight from a table record.
 */
public final class RenderedStatement {
    private final RenderedSql sql;

    private RenderedStatement(Query template) {
        this.sql = new RenderedSql(template);
    }

    public static RenderedStatement of(Query template) {
        return new RenderedStatement(template);
    }

    /** The value of {@code column} as a parameter named after it. */
    public static <T> Param<T> value(Field<T> column) {
        return DSL.param(column.getName(), column);
    }

    /** Each column set to its {@link #value}: a set clause, for {@code insertInto(...).set(...)} or an update. */
    public static Map<Field<?>, Param<?>> values(Field<?>... columns) {
        Map<Field<?>, Param<?>> set = new LinkedHashMap<>();
        for (Field<?> column : columns) {
            set.put(column, value(column));
        }
        return set;
    }

    /** Every column of {@code table} set to its {@link #value}: the set clause of an insert of whole rows. */
    public static Map<Field<?>, Param<?>> everyColumn(Table<?> table) {
        return values(table.fields());
    }

    /** Runs with each parameter's value taken from the record's field of the same name; the count of rows changed. */
    public int execute(DSLContext dsl, Record values) {
        return execute(dsl, sql.valuesFrom(values));
    }

    /** Runs with the values given by parameter name (null allowed); the count of rows changed. */
    public int execute(DSLContext dsl, Map<String, ?> values) {
        return sql.run(dsl, values, statement -> statement.executeUpdate());
    }

    @Override
    public String toString() {
        return sql.toString();
    }
}
