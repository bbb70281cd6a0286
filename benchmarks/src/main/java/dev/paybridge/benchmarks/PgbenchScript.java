package dev.paybridge.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * pgbench's script of one payment webhook, made from the statement files paybridge itself runs
 * ({@code adapters-persistence/src/main/resources/db/hot}): {@code payment-webhook.order} lists the files and the
 * transaction around them, in order; each file names its {@code ?} placeholders on its {@code -- parameters:} line.
 * Comments are dropped, each statement of a file becomes one pgbench command, and each {@code ?} becomes the pgbench
 * variable of its name ({@code :tenant_id}), so with {@code -M prepared} pgbench binds every value as a parameter, as
 * pgjdbc does. Nothing else of the text changes, except that a parameter whose value is SQL NULL is written
 * {@code NULL}: a pgbench variable always holds a value.
 */
final class PgbenchScript {
    static final String HOT = "adapters-persistence/src/main/resources/db/hot";
    static final String ORDER = "payment-webhook.order";
    private static final String PARAMETERS = "-- parameters:";

    /** How a named parameter gets its value in every transaction. */
    sealed interface Value {
        /** Drawn anew by a {@code \set name expression} line at the start of each transaction. */
        record Drawn(String expression) implements Value {
        }

        /** The same text in every transaction, given with {@code -D name=text}. */
        record Fixed(String text) implements Value {
        }

        /** SQL NULL. */
        record Null() implements Value {
        }
    }

    private final String text;
    private final List<String> defines;

    private PgbenchScript(String text, List<String> defines) {
        this.text = text;
        this.defines = defines;
    }

    /**
     * The script of the files listed in {@code root/HOT/ORDER}, with these values; {@code values} in the order their
     * {@code \set} lines run (a drawn value may use one drawn before it). Refused when a file's placeholders and its
     * parameter names differ, or a parameter has no value.
     */
    static PgbenchScript of(Path root, Map<String, Value> values) throws IOException {
        Path hot = root.resolve(HOT);
        StringBuilder script = new StringBuilder();
        List<String> defines = new ArrayList<>();
        values.forEach((name, value) -> {
            if (value instanceof Value.Drawn drawn) {
                script.append("\\set ").append(name).append(' ').append(drawn.expression()).append('\n');
            } else if (value instanceof Value.Fixed fixed) {
                defines.add("-D");
                defines.add(name + "=" + fixed.text());
            }
        });
        for (String line : Files.readAllLines(hot.resolve(ORDER))) {
            String entry = line.strip();
            if (entry.isEmpty() || entry.startsWith("#")) {
                continue;
            }
            if (entry.equals("BEGIN") || entry.equals("COMMIT")) {
                script.append(entry).append(";\n");
            } else {
                for (String statement : commands(entry, Files.readString(hot.resolve(entry)), values)) {
                    script.append(statement).append(";\n");
                }
            }
        }
        return new PgbenchScript(script.toString(), List.copyOf(defines));
    }

    /** The script's text, for {@code pgbench -f}. */
    String text() {
        return text;
    }

    /** pgbench's {@code -D name=value} arguments of the fixed values. */
    List<String> defines() {
        return defines;
    }

    /** One file's statements, comments dropped, each {@code ?} replaced by its parameter. */
    static List<String> commands(String file, String sql, Map<String, Value> values) {
        List<String> names = sql.lines().filter(line -> line.startsWith(PARAMETERS))
                .flatMap(line -> Arrays.stream(line.substring(PARAMETERS.length()).split(",")))
                .map(String::strip).filter(name -> !name.isEmpty()).toList();
        StringBuilder code = new StringBuilder();
        sql.lines().filter(line -> !line.stripLeading().startsWith("--")).forEach(line -> code.append(line).append('\n'));
        List<String> statements = new ArrayList<>();
        StringBuilder statement = new StringBuilder();
        int next = 0;
        boolean quoted = false;
        for (char c : code.toString().toCharArray()) {
            if (c == '\'') {
                quoted = !quoted;
            }
            if (!quoted && c == '?') {
                if (next >= names.size()) {
                    throw new IllegalStateException(file + " has more placeholders than its parameters " + names);
                }
                statement.append(placeholder(file, names.get(next++), values));
            } else if (!quoted && c == ';') {
                statements.add(statement.toString().strip());
                statement.setLength(0);
            } else {
                statement.append(c);
            }
        }
        if (!statement.toString().isBlank()) {
            statements.add(statement.toString().strip());
        }
        if (next != names.size()) {
            throw new IllegalStateException(file + " has " + next + " placeholders but names " + names.size()
                    + " parameters: " + names);
        }
        return statements;
    }

    private static String placeholder(String file, String name, Map<String, Value> values) {
        Value value = values.get(name);
        if (value == null) {
            throw new IllegalStateException("no value for parameter " + name + " of " + file);
        }
        return value instanceof Value.Null ? "NULL" : ":" + name;
    }
}
