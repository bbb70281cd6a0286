package dev.paybridge.bootstrap.testing;

import dev.paybridge.adapters.persistence.crypto.TinkKeysets;
import dev.paybridge.adapters.persistence.testing.PostgresServer;
import dev.paybridge.bootstrap.PaybridgeService;
import dev.paybridge.bootstrap.config.EnvironmentConfigLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The real paybridge launcher on a free port and a fresh PostgreSQL database, for one test class. */
public final class RunningService implements AutoCloseable {
    public static final String ADMIN_TOKEN = "test-admin-token-0123456789";
    private static final String KEYSET_FILE = "master-keyset.json";
    private final PaybridgeService service;
    private final PostgresServer.TestDatabase database;
    private final Path workDir;
    /** Whether closing this instance removes the work directory (its keyset is a secret): another instance shares it. */
    private final boolean ownsWorkDir;

    private RunningService(PaybridgeService service, PostgresServer.TestDatabase database, Path workDir,
            boolean ownsWorkDir) {
        this.service = service;
        this.database = database;
        this.workDir = workDir;
        this.ownsWorkDir = ownsWorkDir;
    }

    public static RunningService start() {
        return start(Map.of());
    }

    public static RunningService start(Map<String, String> extraEnvironment) {
        Path workDir = TempDirectories.create("paybridge-it");
        try {
            return start(PostgresServer.get().createDatabase(), newKeyset(workDir), workDir, true, extraEnvironment);
        } catch (RuntimeException failed) {
            TempDirectories.delete(workDir);
            throw failed;
        }
    }

    /**
     * A service that gateways on this machine can call back: on a port chosen now, with that address as its public
     * base URL (a loopback http URL), so its webhook URLs reach it.
     */
    public static RunningService startReachable(Map<String, String> extraEnvironment) {
        int port = freePort();
        Map<String, String> env = new HashMap<>(extraEnvironment);
        env.put("PAYBRIDGE_HTTP_PORT", Integer.toString(port));
        env.put("PAYBRIDGE_PUBLIC_BASE_URL", "http://localhost:" + port);
        return start(env);
    }

    private static int freePort() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException none) {
            throw new UncheckedIOException(none);
        }
    }

    /** A second instance of the service on the same database and keyset, as in a multi-node deployment. */
    public RunningService startAnotherInstance(Map<String, String> extraEnvironment) {
        return start(database, workDir.resolve(KEYSET_FILE), workDir, false, extraEnvironment);
    }

    private static RunningService start(PostgresServer.TestDatabase database, Path keyset, Path workDir,
            boolean ownsWorkDir, Map<String, String> extraEnvironment) {
        Map<String, String> env = environment(database, keyset, workDir);
        env.putAll(extraEnvironment);
        return new RunningService(PaybridgeService.start(EnvironmentConfigLoader.load(env)), database, workDir,
                ownsWorkDir);
    }

    /** The variables that start paybridge on a free port with a fresh database and a new keyset in {@code workDir}. */
    public static Map<String, String> freshEnvironment(Path workDir) {
        return environment(PostgresServer.get().createDatabase(), newKeyset(workDir), workDir);
    }

    private static Path newKeyset(Path workDir) {
        Path keyset = workDir.resolve(KEYSET_FILE);
        TinkKeysets.create(keyset);
        return keyset;
    }

    /** The variables that start paybridge on a free port with this database, keyset and work directory. */
    private static Map<String, String> environment(PostgresServer.TestDatabase database, Path keyset, Path workDir) {
        Map<String, String> env = new HashMap<>();
        env.put("PAYBRIDGE_HTTP_PORT", "0");
        env.put("PAYBRIDGE_DATABASE_URL", database.jdbcUrl() + (database.jdbcUrl().contains("?") ? "&" : "?")
                + "user=" + database.user() + (database.password() == null ? "" : "&password=" + database.password()));
        env.put("PAYBRIDGE_ADMIN_TOKEN", ADMIN_TOKEN);
        env.put("PAYBRIDGE_MASTER_KEYSET", keyset.toString());
        env.put("PAYBRIDGE_DATA_DIR", workDir.resolve("data").toString());
        env.put("PAYBRIDGE_PUBLIC_BASE_URL", "https://paybridge.example.test");
        return env;
    }

    public String baseUrl() {
        return "http://localhost:" + service.port();
    }

    public ApiClient anonymous() {
        return new ApiClient(baseUrl(), List.of());
    }

    public ApiClient admin() {
        return new ApiClient(baseUrl(), List.of("Authorization", "Bearer " + ADMIN_TOKEN));
    }

    public ApiClient tenant(String apiKey) {
        return new ApiClient(baseUrl(), List.of("x-api-key", apiKey));
    }

    /** Runs a query straight against the service's database, for checks that the API cannot make. */
    public <T> T query(String sql, SqlReader<T> reader) {
        String url = database.jdbcUrl();
        try (Connection connection = DriverManager.getConnection(url, database.user(), database.password());
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            return reader.read(rows);
        } catch (SQLException failed) {
            throw new IllegalStateException(sql, failed);
        }
    }

    /** Runs a statement straight against the service's database, to set up states the API cannot reach. */
    public int execute(String sql) {
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
                Statement statement = connection.createStatement()) {
            return statement.executeUpdate(sql);
        } catch (SQLException failed) {
            throw new IllegalStateException(sql, failed);
        }
    }

    public <T> T component(Class<T> type) {
        return service.component(type);
    }

    public long count(String table) {
        return query("SELECT count(*) FROM " + table, rows -> {
            rows.next();
            return rows.getLong(1);
        });
    }

    @Override
    public void close() {
        try {
            service.close();
        } finally {
            if (ownsWorkDir) {
                TempDirectories.delete(workDir);
            }
        }
    }

    /** Reads a result set. */
    @FunctionalInterface
    public interface SqlReader<T> {
        T read(ResultSet rows) throws SQLException;
    }
}
