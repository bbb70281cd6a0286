package dev.paybridge.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paybridge.adapters.persistence.crypto.TinkKeysets;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MainTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @TempDir
    Path dir;

    private int run(String... args) {
        return Main.run(List.of(args), Map.of(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-h", "--help"})
    void help_lists_the_commands_and_exits_0(String flag) {
        assertThat(run(flag)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("serve", "check", "create-keyset FILE", "--version");
        assertThat(err.size()).isZero();
    }

    @Test
    void version_is_printed() {
        assertThat(run("--version")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(Main.VERSION + System.lineSeparator());
    }

    @Test
    void create_keyset_writes_a_keyset_that_reads_back() {
        Path file = dir.resolve("master-keyset.json");
        assertThat(run("create-keyset", file.toString())).isZero();
        assertThat(TinkKeysets.read(file)).isNotNull();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("wrote master keyset " + file.toAbsolutePath());
    }

    @Test
    void create_keyset_never_overwrites_a_file() throws Exception {
        Path file = dir.resolve("master-keyset.json");
        Files.writeString(file, "kept");
        assertThat(run("create-keyset", file.toString())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("already exists");
        assertThat(Files.readString(file)).isEqualTo("kept");
    }

    @Test
    void a_keyset_that_cannot_be_written_is_refused_with_the_reason() throws Exception {
        Path notADirectory = Files.writeString(dir.resolve("plain-file"), "");
        Path file = notADirectory.resolve("master-keyset.json");
        assertThat(run("create-keyset", file.toString())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("cannot write master keyset " + file);
        assertThat(notADirectory).isRegularFile().isEmptyFile();
    }

    @Test
    void no_command_is_a_usage_error() {
        assertThat(run()).isEqualTo(Main.USAGE_ERROR);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("paybridge: a command is missing")
                .contains("Usage: paybridge");
    }

    @Test
    void an_unknown_command_is_named() {
        assertThat(run("start")).isEqualTo(Main.USAGE_ERROR);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("paybridge: unknown command 'start'");
    }

    @Test
    void create_keyset_needs_exactly_one_file() {
        assertThat(run("create-keyset")).isEqualTo(Main.USAGE_ERROR);
        assertThat(run("create-keyset", dir.resolve("a.json").toString(), dir.resolve("b.json").toString()))
                .isEqualTo(Main.USAGE_ERROR);
        assertThat(run("create-keyset", "--force")).isEqualTo(Main.USAGE_ERROR);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("create-keyset takes one argument");
        assertThat(dir.resolve("a.json")).doesNotExist();
    }

    @Test
    void check_takes_no_arguments() {
        assertThat(run("check", "--port=9090")).isEqualTo(Main.USAGE_ERROR);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("check takes no arguments");
    }

    @Test
    void serve_takes_no_arguments() {
        assertThat(run("serve", "--port=9090")).isEqualTo(Main.USAGE_ERROR);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("serve takes no arguments");
    }
}
