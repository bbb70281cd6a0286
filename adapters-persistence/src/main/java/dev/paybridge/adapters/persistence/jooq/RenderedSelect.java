package dev.paybridge.adapters.persistence.jooq;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import dev.paybridge.domain.tenant.Scope;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Param;
import org.jooq.Record;
import org.jooq.ResultQuery;
import org.jooq.SQLDialect;
import org.jooq.Select;
import org.jooq.Table;
import org.jooq.conf.ParamType;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;

/**
 * A select on a hot path, rendered to SQL once. jOOQ renders a query on every execution, and that rendering was the
 * largest single share of paybridge's CPU per webhook (JFR, docs/performance-notes.md). The template is written with
 * the DSL as usual, its values as named parameters ({@link DSL#param(String, Class)}); each run binds values by name
 * and reads rows as the template's own fields, so mapping code is the same as for a DSL query.
 *
 * @param <R> the record type rows are read as
 */
public final class RenderedSelect<R extends Record> {
    private static final String TENANT = "tenant";
    private static final String ENVIRONMENT = "environment";
    private static final DSLContext RENDERER = DSL.using(SQLDialect.POSTGRES, new Settings().withRenderSchema(false));
    private final String sql;
    private final List<String> parameters;
    private final Function<ResultQuery<Record>, ResultQuery<R>> rows;

    private RenderedSelect(Select<?> template, Function<ResultQuery<Record>, ResultQuery<R>> rows) {
        this.sql = RENDERER.render(template);
        this.parameters = RENDERER.extractParams(template).values().stream()
                .filter(param -> param.getParamType() != ParamType.INLINED).map(Param::getParamName).toList();
        this.rows = rows;
        long placeholders = sql.chars().filter(c -> c == '?').count();
        if (placeholders != parameters.size() || parameters.contains(null)) {
            throw new IllegalArgumentException("each value of a rendered select must be a parameter with a name of its "
                    + "own; " + parameters + " for " + placeholders + " placeholders in " + sql);
        }
    }

    /** Rows read as records of {@code table}: for {@code selectFrom(table)} templates. */
    public static <R extends Record> RenderedSelect<R> of(Table<R> table, Select<R> template) {
        return new RenderedSelect<>(template, query -> query.coerce(table));
    }

    /** Rows read with the template's select list: for joins and projections. */
    public static RenderedSelect<Record> of(Select<?> template) {
        return new RenderedSelect<>(template, query -> query.coerce(template.getSelect()));
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
        return query(dsl, values).fetchOptional();
    }

    public List<R> fetch(DSLContext dsl, Map<String, ?> values) {
        return query(dsl, values).fetch();
    }

    private ResultQuery<R> query(DSLContext dsl, Map<String, ?> values) {
        if (values.size() != parameters.size()) {
            throw new IllegalArgumentException("values " + values.keySet() + " for parameters " + parameters);
        }
        Object[] bindings = new Object[parameters.size()];
        for (int i = 0; i < bindings.length; i++) {
            String name = parameters.get(i);
            if (!values.containsKey(name)) {
                throw new IllegalArgumentException("no value for parameter " + name + " of " + sql);
            }
            bindings[i] = values.get(name);
        }
        return rows.apply(dsl.resultQuery(sql, bindings));
    }

    @Override
    public String toString() {
        return sql;
    }
}
