package dev.paybridge.adapters.persistence.jooq;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.JSON;
import org.jooq.JSONB;
import org.jooq.Param;
import org.jooq.Query;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.conf.ParamType;
import org.jooq.conf.Settings;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

/**
 * A statement of a hot path, rendered to SQL once and run over the JDBC connection of the current jOOQ transaction.
 * jOOQ renders and parses SQL again on every execution, and that was the largest share of paybridge's CPU per
 * webhook (JFR, docs/performance-notes.md). Each value of the template is a named parameter; a run binds its values
 * by name, and a value of the wrong type is refused before any SQL is sent.
 */
final class RenderedSql {
    private static final DSLContext RENDERER = DSL.using(SQLDialect.POSTGRES, new Settings().withRenderSchema(false));
    private final String sql;
    private final List<Param<?>> parameters;

    RenderedSql(Query template) {
        this.sql = RENDERER.render(template);
        this.parameters = RENDERER.extractParams(template).values().stream()
                .filter(param -> param.getParamType() != ParamType.INLINED).toList();
        long placeholders = sql.chars().filter(c -> c == '?').count();
        List<String> names = parameters.stream().map(Param::getParamName).toList();
        if (placeholders != parameters.size() || names.contains(null)) {
            throw new IllegalArgumentException("each value of a rendered statement must be a parameter with a name of "
                    + "its own; " + names + " for " + placeholders + " placeholders in " + sql);
        }
    }

    /** Work on the prepared statement, its values bound. */
    @FunctionalInterface
    interface StatementWork<T> {
        T run(PreparedStatement statement) throws SQLException;
    }

    <T> T run(DSLContext dsl, Map<String, ?> values, StatementWork<T> work) {
        Object[] bound = values(values);
        return dsl.connectionResult(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < bound.length; i++) {
                    bind(statement, i + 1, parameters.get(i), bound[i]);
                }
                return work.run(statement);
            } catch (SQLException failed) {
                throw new DataAccessException("SQL [" + sql + "]; " + failed.getMessage(), failed);
            }
        });
    }

    /** The values of the parameters, each from the record's field of the same name. */
    Map<String, Object> valuesFrom(Record record) {
        Map<String, Object> values = new HashMap<>();
        for (Param<?> parameter : parameters) {
            Field<?> field = record.field(parameter.getParamName());
            if (field == null) {
                throw new IllegalArgumentException("no field " + parameter.getParamName() + " in the record for " + sql);
            }
            values.put(parameter.getParamName(), record.get(field));
        }
        return values;
    }

    private Object[] values(Map<String, ?> values) {
        if (values.size() != parameters.size()) {
            throw new IllegalArgumentException("values " + values.keySet() + " for parameters "
                    + parameters.stream().map(Param::getParamName).toList() + " of " + sql);
        }
        Object[] bound = new Object[parameters.size()];
        for (int i = 0; i < bound.length; i++) {
            Param<?> parameter = parameters.get(i);
            String name = parameter.getParamName();
            if (!values.containsKey(name)) {
                throw new IllegalArgumentException("no value for parameter " + name + " of " + sql);
            }
            Object value = values.get(name);
            if (value != null && !parameter.getType().isInstance(value)) {
                throw new IllegalArgumentException("parameter " + name + " takes a " + parameter.getType().getName()
                        + ", not a " + value.getClass().getName());
            }
            bound[i] = value;
        }
        return bound;
    }

    private static void bind(PreparedStatement statement, int index, Param<?> parameter, Object value)
            throws SQLException {
        if (value == null) {
            statement.setNull(index, parameter.getDataType().getSQLType());
        } else if (value instanceof JSONB json) {
            statement.setString(index, json.data());
        } else if (value instanceof JSON json) {
            statement.setString(index, json.data());
        } else {
            statement.setObject(index, value);
        }
    }

    /** A column as the Java type of its jOOQ field (JDBC reads JSON as text, so it is wrapped here). */
    static Object read(ResultSet results, int index, Class<?> type) throws SQLException {
        if (type == JSONB.class || type == JSON.class) {
            String text = results.getString(index);
            return text == null ? null : type == JSONB.class ? JSONB.valueOf(text) : JSON.valueOf(text);
        }
        return results.getObject(index, type);
    }

    @Override
    public String toString() {
        return sql;
    }
}
