package dev.paybridge.adapters.persistence.hot;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * A statement of the webhook's hot path, kept as SQL text in {@code db/hot/*.sql} (positional {@code ?} parameters):
 * paybridge runs exactly that text, and the benchmark's pgbench script replays the same files.
 */
final class HotSql {
    private HotSql() {
    }

    static String load(String name) {
        String resource = "/db/hot/" + name;
        try (InputStream in = HotSql.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
