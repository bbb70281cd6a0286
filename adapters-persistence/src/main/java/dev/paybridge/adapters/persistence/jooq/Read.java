package dev.paybridge.adapters.persistence.jooq;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.ResultQuery;
import org.jooq.exception.TooManyRowsException;

/**
 * A repository's read not yet sent: its query and what its rows answer. Sent alone by {@link #fetch}, or with other
 * reads in one round trip by {@link #sendTogether} (pgjdbc sends the statements of one text together), so a caller
 * that needs several rows at once waits for the database once, each read still defined in one place.
 */
public final class Read<T> {
    private final ResultQuery<? extends Record> query;
    private final Function<? super Result<? extends Record>, T> answer;

    public Read(ResultQuery<? extends Record> query, Function<? super Result<? extends Record>, T> answer) {
        this.query = query;
        this.answer = answer;
    }

    /** Sends this read alone. */
    public T fetch() {
        return answer.apply(query.fetch());
    }

    /** What this read answers for its rows, as {@link #sendTogether} returned them. */
    public T answer(Result<? extends Record> rows) {
        return answer.apply(rows);
    }

    /** The one row of a read by key, if there is one. */
    public static Optional<Record> atMostOne(Result<? extends Record> rows) {
        if (rows.size() > 1) {
            throw new TooManyRowsException(rows.size() + " rows where at most one was expected");
        }
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    /**
     * Sends the reads' queries in one round trip; the rows of each, in order, typed by its own query's fields (read
     * by position, so columns of the same name in one query stay apart).
     */
    public static List<Result<Record>> sendTogether(DSLContext dsl, Read<?>... reads) {
        String sql = Arrays.stream(reads).map(read -> dsl.render(read.query)).collect(Collectors.joining(";\n"));
        List<Object> values = Arrays.stream(reads).flatMap(read -> read.query.getBindValues().stream()).toList();
        return dsl.connectionResult(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < values.size(); i++) {
                    statement.setObject(i + 1, values.get(i));
                }
                List<Result<Record>> results = new ArrayList<>(reads.length);
                boolean hasRows = statement.execute();
                for (Read<?> read : reads) {
                    if (!hasRows) {
                        throw new IllegalStateException("a read sent together answered no rows: " + read.query);
                    }
                    try (ResultSet rows = statement.getResultSet()) {
                        results.add(dsl.fetch(rows, read.query.fields()));
                    }
                    hasRows = statement.getMoreResults();
                }
                return results;
            }
        });
    }
}
