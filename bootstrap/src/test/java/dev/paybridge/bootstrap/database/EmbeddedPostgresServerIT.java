package dev.paybridge.bootstrap.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedPostgresServerIT {

    @Test
    void refuses_connections_without_the_right_password_and_flushes_every_commit(@TempDir Path dataDir)
            throws Exception {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDir)) {
            assertThatThrownBy(() -> connect(server.jdbcUrl(), null).close())
                    .isInstanceOf(SQLException.class).hasMessageContaining("password");
            assertThatThrownBy(() -> connect(server.jdbcUrl(), "wrong-" + server.password()).close())
                    .isInstanceOf(SQLException.class)
                    .satisfies(refused -> assertThat(((SQLException) refused).getSQLState()).isEqualTo("28P01"));
            try (Connection connection = connect(server.jdbcUrl(), server.password())) {
                assertThat(setting(connection, "fsync")).isEqualTo("on");
                assertThat(setting(connection, "synchronous_commit")).isEqualTo("on");
                assertThat(setting(connection, "full_page_writes")).isEqualTo("on");
                assertThat(setting(connection, "listen_addresses")).isEqualTo("127.0.0.1");
                assertThat(setting(connection, "unix_socket_directories")).isEmpty();
                assertThat(single(connection, "SELECT string_agg(DISTINCT auth_method, ',') FROM pg_hba_file_rules"))
                        .isEqualTo("scram-sha-256");
            }
            assertThat(Files.readString(dataDir.resolve("postgres/pg_hba.conf"))).doesNotContain("trust");
            assertThat(Files.readString(dataDir.resolve(SuperuserPassword.FILE)).trim()).isEqualTo(server.password());
        }
        assertThat(permissions(dataDir)).isEqualTo("rwx------");
        assertThat(permissions(dataDir.resolve(EmbeddedPostgresServer.BINARIES_DIR))).isEqualTo("rwx------");
        assertThat(permissions(dataDir.resolve(SuperuserPassword.FILE))).isEqualTo("rw-------");
        try (var binaries = Files.list(dataDir.resolve(EmbeddedPostgresServer.BINARIES_DIR))) {
            assertThat(binaries.filter(dir -> Files.isExecutable(dir.resolve("bin/postgres")))).hasSize(1);
        }
    }

    @Test
    void keeps_its_password_and_data_across_restarts(@TempDir Path dataDir) throws Exception {
        String password;
        try (EmbeddedPostgresServer first = EmbeddedPostgresServer.start(dataDir);
                Connection connection = connect(first.jdbcUrl(), first.password())) {
            password = first.password();
            execute(connection, "CREATE TABLE kept (note text); INSERT INTO kept VALUES ('committed')");
        }
        try (EmbeddedPostgresServer again = EmbeddedPostgresServer.start(dataDir);
                Connection connection = connect(again.jdbcUrl(), password)) {
            assertThat(again.password()).isEqualTo(password);
            assertThat(single(connection, "SELECT note FROM kept")).isEqualTo("committed");
        }
    }

    @Test
    void gives_a_database_that_trusted_local_connections_a_password(@TempDir Path dataDir) throws Exception {
        try (EmbeddedPostgres earlierVersion = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir.resolve("postgres")).setCleanDataDirectory(false).start();
                Connection connection = earlierVersion.getPostgresDatabase().getConnection()) {
            execute(connection, "CREATE TABLE kept (note text); INSERT INTO kept VALUES ('from before')");
        }
        assertThat(Files.readString(dataDir.resolve("postgres/pg_hba.conf"))).contains("trust");

        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDir)) {
            assertThatThrownBy(() -> connect(server.jdbcUrl(), null).close()).isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> connect(server.jdbcUrl(), "not-the-password").close())
                    .isInstanceOf(SQLException.class);
            try (Connection connection = connect(server.jdbcUrl(), server.password())) {
                assertThat(single(connection, "SELECT note FROM kept")).isEqualTo("from before");
            }
        }
        assertThat(Files.readString(dataDir.resolve("postgres/pg_hba.conf"))).doesNotContain("trust");
        assertThat(permissions(dataDir.resolve(SuperuserPassword.FILE))).isEqualTo("rw-------");
    }

    private static Connection connect(String url, String password) throws SQLException {
        Properties login = new Properties();
        login.setProperty("user", EmbeddedPostgresServer.SUPERUSER);
        if (password != null) {
            login.setProperty("password", password);
        }
        return DriverManager.getConnection(url, login);
    }

    private static String setting(Connection connection, String name) throws SQLException {
        return single(connection, "SHOW " + name);
    }

    private static String single(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String permissions(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
