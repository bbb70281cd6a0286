package dev.paybridge.adapters.persistence.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The PostgreSQL server behind the tests, started once per JVM: {@code PAYBRIDGE_TEST_DATABASE_URL} if set, else a
 * Testcontainers container when a Docker engine answers, else an embedded PostgreSQL. Each caller gets a fresh database.
 */
public final class PostgresServer {
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static PostgresServer instance;
    private final String adminUrl;
    private final String user;
    private final String password;
    private final String description;

    private PostgresServer(String adminUrl, String user, String password, String description) {
        this.adminUrl = adminUrl;
        this.user = user;
        this.password = password;
        this.description = description;
    }

    public static synchronized PostgresServer get() {
        if (instance == null) {
            instance = start();
            System.getLogger(PostgresServer.class.getName()).log(System.Logger.Level.INFO,
                    "tests use PostgreSQL from " + instance.description);
        }
        return instance;
    }

    private static PostgresServer start() {
        String external = System.getenv("PAYBRIDGE_TEST_DATABASE_URL");
        if (external != null && !external.isBlank()) {
            return new PostgresServer(external, null, null, "PAYBRIDGE_TEST_DATABASE_URL");
        }
        if (dockerAnswers()) {
            PostgreSQLContainer container = new PostgreSQLContainer("postgres:17-alpine");
            container.start();
            return new PostgresServer(container.getJdbcUrl(), container.getUsername(), container.getPassword(),
                    "a Testcontainers container");
        }
        try {
            EmbeddedPostgres embedded = EmbeddedPostgres.builder().start();
            return new PostgresServer(embedded.getJdbcUrl("postgres", "postgres"), "postgres", null,
                    "an embedded PostgreSQL on port " + embedded.getPort());
        } catch (IOException cannotStart) {
            throw new UncheckedIOException("cannot start an embedded PostgreSQL", cannotStart);
        }
    }

    private static boolean dockerAnswers() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError noDocker) {
            return false;
        }
    }

    /** A new, empty database on this server (no schema yet), for one test class. */
    public TestDatabase createDatabase() {
        String name = "paybridge_test_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        try (Connection admin = DriverManager.getConnection(adminUrl, user, password);
                Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException failed) {
            throw new IllegalStateException("cannot create test database " + name, failed);
        }
        return new TestDatabase(databaseUrl(name), user, password);
    }

    private String databaseUrl(String name) {
        int query = adminUrl.indexOf('?');
        String base = query < 0 ? adminUrl : adminUrl.substring(0, query);
        String params = query < 0 ? "" : adminUrl.substring(query);
        return base.substring(0, base.lastIndexOf('/') + 1) + name + params;
    }

    /** A database made for one test class. */
    public record TestDatabase(String jdbcUrl, String user, String password) {
    }
}
