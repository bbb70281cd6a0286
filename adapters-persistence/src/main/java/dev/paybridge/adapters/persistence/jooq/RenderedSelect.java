package dev.paybridge.adapters.persistence.jooq;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import dev.paybridge.domain.tenant.Scope;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Select;
import org.jooq.Table;
import org.jooq.exception.TooManyRowsException;
import org.jooq.impl.DSL;

/**
 * A select of a hot path, rendered to SQL once (see {@link RenderedSql}). The template is written with the DSL as
 * usual, its values as named parameters ({@link DSL#param(String, Class)}); each run binds values by name and reads
 * rows as the template's own fields, so mapping code is the same as for a DSL query.
 *
 * @param <R> the record type rows are read as
 */
public final class RenderedSelect<R extends Record> {
    private static final String TENANT = "tenant";
    private static final String ENVIRONMENT = "environment";
    private final RenderedSql sql;
    private final Field<?>[] columns;
    private final Function<DSLContext, R> newRecord;

    private RenderedSelect(Select<?> template, Function<DSLContext, R> newRecord) {
        this.sql = new RenderedSql(template);
        this.columns = template.getSelect().toArray(Field<?>[]::new);
        this.newRecord = newRecord;
    }

    /** Rows read as records of {@code table}: for {@code selectFrom(table)} templates. */
    public static <R extends Record> RenderedSelect<R> of(Table<R> table, Select<R> template) {
        return new RenderedSelect<>(template, dsl -> dsl.newRecord(table));
    }

    /** Rows read with the template's select list: for joins and projections. */
    public static RenderedSelect<Record> of(Select<?> template) {
        Field<?>[] columns = template.getSelect().toArray(Field<?>[]::new);
        return new RenderedSelect<>(template, dsl -> dsl.newRecord(columns));
    }

    /** The condition "in one tenant environment" of a template, with the parameters {@code inScope} gives values. */
    public static Condition scoped(Field<String> tenantId, Field<String> environmentId) {
        return tenantId.eq(DSL.param(TENANT, String.class)).and(environmentId.eq(DSL.param(ENVIRONMENT, String.class)));
    }

    /** Values of a {@link #scoped} template without further parameters. */
    public static Map<String, Object> inScope(Scope scope) {
        return Map.of(TENANT, scope.tenantId().value(), ENVIRONMENT, scope.environmentId().value());
    }

    public static Map<String, Object> inScope(Scope scope, String name, Object value) {
        return Map.of(TENANT, scope.tenantId().value(), ENVIRONMENT, scope.environmentId().value(), name, value);
    }

    public static Map<String, Object> inScope(Scope scope, String name, Object value, String name2, Object value2) {
        return Map.of(TENANT, scope.tenantId().value(), ENVIRONMENT, scope.environmentId().value(), name, value,
                name2, value2);
    }

    public Optional<R> fetchOptional(DSLContext dsl, Map<String, ?> values) {
        List<R> found = fetch(dsl, values);
        if (found.size() > 1) {
            throw new TooManyRowsException(found.size() + " rows where one at most was expected: " + sql);
        }
        return found.stream().findFirst();
    }

    public List<R> fetch(DSLContext dsl, Map<String, ?> values) {
        return sql.run(dsl, values, statement -> {
            List<R> rows = new ArrayList<>();
            try (ResultSet results = statement.executeQuery()) {
                while (results.next()) {
                    rows.add(row(dsl, results));
                }
            }
            return rows;
        });
    }

    @SuppressWarnings("unchecked")
    private R row(DSLContext dsl, ResultSet results) throws SQLException {
        R record = newRecord.apply(dsl);
        for (int i = 0; i < columns.length; i++) {
            record.set((Field<Object>) columns[i], RenderedSql.read(results, i + 1, columns[i].getType()));
        }
        record.changed(false);
        return record;
    }

    @Override
    public String toString() {
        return sql.toString();
    }
}
