package dev.paybridge.adapters.persistence.hot;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;

/**
 * A statement of the payment webhook's path, kept as SQL text in {@code db/hot/*.sql}: paybridge runs exactly that
 * text, prepared by the driver (no rendering per call), and the benchmarks' pgbench script replays the same files. A
 * file names its {@code ?} placeholders in order on a {@code -- parameters:} line; a run must bind each of them.
 */
public final class HotStatement {
    private static final String PARAMETERS = "-- parameters:";
    private final String file;
    private final String sql;
    private final List<String> parameters;

    private HotStatement(String file, String sql, List<String> parameters) {
        this.file = file;
        this.sql = sql;
        this.parameters = parameters;
    }

    /** The statement of {@code db/hot/<file>}; refused when its placeholders and its parameter names differ. */
    public static HotStatement load(String file) {
        String sql = read("/db/hot/" + file);
        List<String> names = sql.lines().filter(line -> line.startsWith(PARAMETERS))
                .flatMap(line -> Arrays.stream(line.substring(PARAMETERS.length()).split(",")))
                .map(String::strip).filter(name -> !name.isEmpty()).toList();
        long placeholders = sql.lines().filter(line -> !line.stripLeading().startsWith("--"))
                .mapToLong(line -> line.chars().filter(c -> c == '?').count()).sum();
        if (placeholders != names.size()) {
            throw new IllegalStateException("db/hot/" + file + " has " + placeholders + " placeholders but names "
                    + names.size() + " parameters: " + names);
        }
        return new HotStatement(file, sql, names);
    }

    /**
     * This statement then {@code next}, sent together in one round trip (pgjdbc sends the statements of one text
     * together); the parameters of both, in order.
     */
    public HotStatement followedBy(HotStatement next) {
        return new HotStatement(file + " + " + next.file, sql.strip() + ";\n" + next.sql,
                Stream.concat(parameters.stream(), next.parameters.stream()).toList());
    }

    /** Binds the values in order, then works on the statement, on the connection of the current jOOQ transaction. */
    public <T> T run(DSLContext dsl, Binding binding, Work<T> work) {
        return dsl.connectionResult(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                Binder binder = new Binder(statement);
                binding.bind(binder);
                if (binder.bound() != parameters.size()) {
                    throw new IllegalStateException("db/hot/" + file + " takes " + parameters + " but "
                            + binder.bound() + " values were bound");
                }
                return work.run(statement);
            } catch (SQLException failed) {
                throw new DataAccessException("db/hot/" + file + ": " + failed.getMessage(), failed);
            }
        });
    }

    private static String read(String resource) {
        try (InputStream in = HotStatement.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /** The text sent, comments included. */
    String sql() {
        return sql;
    }

    /** The names of its placeholders, in order. */
    List<String> parameters() {
        return parameters;
    }

    @Override
    public String toString() {
        return "db/hot/" + file;
    }

    /** Binds a run's values. */
    @FunctionalInterface
    public interface Binding {
        void bind(Binder values) throws SQLException;
    }

    /** Work on the prepared statement, its values bound. */
    @FunctionalInterface
    public interface Work<T> {
        T run(PreparedStatement statement) throws SQLException;
    }

    /** Binds positional parameters in order. */
    public static final class Binder {
        private final PreparedStatement statement;
        private int next = 1;

        private Binder(PreparedStatement statement) {
            this.statement = statement;
        }

        public Binder text(String value) throws SQLException {
            statement.setString(next++, value);
            return this;
        }

        public Binder decimal(BigDecimal value) throws SQLException {
            statement.setBigDecimal(next++, value);
            return this;
        }

        public Binder time(Instant value) throws SQLException {
            if (value == null) {
                statement.setNull(next++, Types.TIMESTAMP_WITH_TIMEZONE);
            } else {
                statement.setObject(next++, value.atOffset(ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE);
            }
            return this;
        }

        public Binder bytes(byte[] value) throws SQLException {
            statement.setBytes(next++, value);
            return this;
        }

        public Binder flag(boolean value) throws SQLException {
            statement.setBoolean(next++, value);
            return this;
        }

        int bound() {
            return next - 1;
        }
    }
}
