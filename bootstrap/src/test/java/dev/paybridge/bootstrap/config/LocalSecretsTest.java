package dev.paybridge.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paybridge.domain.tenant.SecretHash;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalSecretsTest {

    @Test
    void a_new_admin_token_goes_to_a_private_file_and_not_to_a_console_that_is_no_terminal(@TempDir Path dataDir)
            throws Exception {
        PaybridgeConfig config = embeddedIn(dataDir.resolve("data"));
        String[] hash = new String[1];

        String printed = stdoutOf(() -> hash[0] = LocalSecrets.adminTokenHash(config, false));

        Path tokenFile = dataDir.resolve("data/admin-token");
        String token = Files.readString(tokenFile).trim();
        assertThat(token).startsWith("pba_");
        assertThat(hash[0]).isEqualTo(SecretHash.sha256Hex(token));
        assertThat(printed).doesNotContain(token);
        assertThat(permissions(tokenFile)).isEqualTo("rw-------");
        assertThat(permissions(dataDir.resolve("data/admin-token.sha256"))).isEqualTo("rw-------");
        assertThat(permissions(dataDir.resolve("data"))).isEqualTo("rwx------");
        assertThat(LocalSecrets.adminTokenHash(config, false)).as("kept across starts").isEqualTo(hash[0]);
    }

    @Test
    void an_interactive_terminal_sees_the_new_admin_token(@TempDir Path dataDir) throws Exception {
        PaybridgeConfig config = embeddedIn(dataDir);

        String printed = stdoutOf(() -> LocalSecrets.adminTokenHash(config, true));

        assertThat(printed).contains(Files.readString(dataDir.resolve("admin-token")).trim());
        assertThat(stdoutOf(() -> LocalSecrets.adminTokenHash(config, true))).as("only when it is new").isEmpty();
    }

    private static PaybridgeConfig embeddedIn(Path dataDir) {
        return EnvironmentConfigLoader.load(Map.of("PAYBRIDGE_DATA_DIR", dataDir.toString()));
    }

    private static String stdoutOf(Supplier<?> action) {
        PrintStream console = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            action.get();
        } finally {
            System.setOut(console);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }

    private static String permissions(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
