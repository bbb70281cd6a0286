package dev.paybridge.benchmarks;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** The "external" PostgreSQL: an embedded (zonky) server in a temp directory that paybridge reaches over TCP. */
final class Database implements AutoCloseable {
    private final EmbeddedPostgres postgres;

    private Database(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    static Database start(Path dataDir) {
        try {
            return new Database(EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(true)
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .start());
        } catch (IOException cannotStart) {
            throw new UncheckedIOException("cannot start PostgreSQL in " + dataDir, cannotStart);
        }
    }

    int port() {
        return postgres.getPort();
    }

    /** The URL paybridge gets as PAYBRIDGE_DATABASE_URL. */
    String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port() + "/postgres?user=postgres";
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl());
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException ignored) {
            // stopped either way
        }
    }
}
