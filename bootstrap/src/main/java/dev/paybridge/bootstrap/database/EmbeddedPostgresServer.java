package dev.paybridge.bootstrap.database;

import dev.paybridge.bootstrap.config.PrivateFiles;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A PostgreSQL server run by paybridge itself, private to this user and durable: its data, its binaries and its
 * superuser password live in the (0700) data directory; it listens on 127.0.0.1 only, with no Unix socket, and asks
 * for the password; every commit is flushed to disk.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {
    public static final String SUPERUSER = "postgres";
    static final String BINARIES_DIR = "postgres-binaries";
    private final EmbeddedPostgres postgres;
    private final String password;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, String password) {
        this.postgres = postgres;
        this.password = password;
    }

    public static EmbeddedPostgresServer start(Path dataDir) {
        Path home = PrivateFiles.directory(dataDir);
        Path pgData = home.resolve("postgres");
        PostgresBinaries binaries = new PostgresBinaries(PrivateFiles.directory(home.resolve(BINARIES_DIR)));
        boolean initializedNow = !Files.exists(pgData.resolve("postgresql.conf"));
        SuperuserPassword password = SuperuserPassword.in(home);
        try {
            Files.createDirectories(pgData);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(pgData)
                    .setCleanDataDirectory(false)
                    // stopped by PaybridgeService after the workers and the pool, not by a hook racing them
                    .setRegisterShutdownHook(false)
                    .setOverrideWorkingDirectory(binaries.workingDirectory().toFile())
                    .setPgBinaryResolver(binaries)
                    // zonky hands its "locale" settings to initdb as --name=value: no moment with trust entries
                    .setLocaleConfig("auth", "scram-sha-256")
                    .setLocaleConfig("pwfile", password.file().toString())
                    .setConnectConfig("password", password.value())
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setServerConfig("unix_socket_directories", "")
                    // zonky starts PostgreSQL with -F (fsync off) and synchronous_commit off; a later -c wins
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .setDataDirectoryCustomizer(dir -> ClientAuthentication.require(pgData, password, initializedNow,
                            binaries))
                    .start();
            // zonky makes its working directory writable by everybody; only the 0700 data directory protected it
            PrivateFiles.directory(binaries.workingDirectory());
            return new EmbeddedPostgresServer(postgres, password.value());
        } catch (IOException cannotStart) {
            throw new UncheckedIOException("cannot start the embedded PostgreSQL in " + pgData, cannotStart);
        }
    }

    /** The JDBC URL, without credentials: log in as {@link #SUPERUSER} with {@link #password()}. */
    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/postgres";
    }

    public String password() {
        return password;
    }

    public int port() {
        return postgres.getPort();
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException ignored) {
            // the process is gone either way
        }
    }

    @Override
    public String toString() {
        return "EmbeddedPostgresServer[port " + postgres.getPort() + "]";
    }
}
