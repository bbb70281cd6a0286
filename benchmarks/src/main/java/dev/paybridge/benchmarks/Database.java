package dev.paybridge.benchmarks;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** The "external" PostgreSQL: an embedded (zonky) server in a temp directory that paybridge reaches over TCP. */
final class Database implements AutoCloseable {
    private final EmbeddedPostgres postgres;
    private final String name;
    private final boolean ownsServer;

    private Database(EmbeddedPostgres postgres, String name, boolean ownsServer) {
        this.postgres = postgres;
        this.name = name;
        this.ownsServer = ownsServer;
    }

    static Database start(Path dataDir) {
        try {
            return new Database(EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(true)
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .start(), "postgres", true);
        } catch (IOException cannotStart) {
            throw new UncheckedIOException("cannot start PostgreSQL in " + dataDir, cannotStart);
        }
    }

    /** A new, empty database of the same server, reached the same way; closing it leaves the server running. */
    Database another(String database) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + database);
        }
        return new Database(postgres, database, false);
    }

    int port() {
        return postgres.getPort();
    }

    /** The URL paybridge gets as PAYBRIDGE_DATABASE_URL. */
    String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port() + "/" + name + "?user=postgres";
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl());
    }

    @Override
    public void close() {
        if (!ownsServer) {
            return;
        }
        try {
            postgres.close();
        } catch (IOException ignored) {
            // stopped either way
        }
    }
}
