package dev.paybridge.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paybridge.bootstrap.testing.RunningService;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code paybridge check}: a whole start against a real database, one request to {@code /ready}, and a stop. */
class CheckCommandIT {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    @TempDir
    Path workDir;
    private Map<String, String> env;

    @BeforeEach
    void environment() {
        env = RunningService.freshEnvironment(workDir);
    }

    private int check() {
        return Main.run(List.of("check"), env, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void migrates_answers_ready_and_stops_on_a_free_port_beside_a_running_instance() throws Exception {
        try (ServerSocket taken = new ServerSocket(0)) {
            env.put("PAYBRIDGE_HTTP_PORT", Integer.toString(taken.getLocalPort()));

            assertThat(check()).as(err.toString(StandardCharsets.UTF_8)).isZero();
            assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("paybridge started and is ready: ")
                    .contains("\"status\":\"ready\"");
            assertThat(appliedMigrations()).isPositive();
            // stopped: nothing of the first run holds the database or a port, so a second run starts the same way
            assertThat(check()).isZero();
        }
    }

    @Test
    void an_unreachable_database_fails_the_check_with_the_reason() throws Exception {
        try (ServerSocket closedPort = new ServerSocket(0)) {
            env.put("PAYBRIDGE_DATABASE_URL", "jdbc:postgresql://127.0.0.1:" + closedPort.getLocalPort()
                    + "/paybridge?user=nobody&connectTimeout=2");
        }

        assertThat(check()).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("paybridge cannot start: ");
        assertThat(out.size()).isZero();
    }

    @Test
    void a_wrong_setting_is_a_usage_error_that_names_it() {
        env.put("PAYBRIDGE_SYNC_WORKERS", "many");

        assertThat(check()).isEqualTo(Main.USAGE_ERROR);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("paybridge cannot start: ")
                .contains("PAYBRIDGE_SYNC_WORKERS");
        assertThat(out.size()).isZero();
    }

    @Test
    void a_setting_refused_at_start_is_a_usage_error_too() {
        env.remove("PAYBRIDGE_MASTER_KEYSET");

        assertThat(check()).isEqualTo(Main.USAGE_ERROR);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("PAYBRIDGE_MASTER_KEYSET");
    }

    private int appliedMigrations() throws Exception {
        try (Connection connection = DriverManager.getConnection(env.get("PAYBRIDGE_DATABASE_URL"));
                ResultSet rows = connection.createStatement()
                        .executeQuery("SELECT count(*) FROM flyway_schema_history WHERE success")) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
