package dev.paybridge.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.paybridge.bootstrap.testing.RunningService;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher ({@code ./paybridge}) and the class-data archive the build writes beside the jar: a start maps it,
 * and an archive of another JDK is replaced by the next start's.
 */
class LauncherArchiveIT {
    private static final Path TARGET = Path.of("target").toAbsolutePath();
    private static final Path LAUNCHER = TARGET.getParent().getParent().resolve("paybridge");
    private static final Path JAR = TARGET.resolve("paybridge.jar");
    private static final Path ARCHIVE = TARGET.resolve("paybridge.jsa");
    private static final Path ARCHIVE_JDK = TARGET.resolve("paybridge.jsa.jdk");
    @TempDir
    Path workDir;

    @BeforeAll
    static void aJdkThatArchives() {
        // a dynamic archive extends the JDK's own; a JDK built without one cannot write it (the build goes on without)
        assumeTrue(Files.isRegularFile(Path.of(System.getProperty("java.home"), "lib", "server", "classes.jsa")),
                "this JDK has no class-data archive of its own (lib/server/classes.jsa) to extend");
    }

    @Test
    void the_build_writes_an_archive_that_a_start_maps() throws Exception {
        assertThat(ARCHIVE).isRegularFile();
        assertThat(Files.getLastModifiedTime(ARCHIVE)).isGreaterThan(Files.getLastModifiedTime(JAR));
        assertThat(Files.readString(ARCHIVE_JDK)).isNotBlank();
        // -Xshare:on: the JVM refuses to start when it cannot map the archive, instead of starting without it
        Launched check = launch("check", Map.of("PAYBRIDGE_JAVA_OPTS", "-Xshare:on"));

        assertThat(check.exit()).as(check.output()).isZero();
        assertThat(check.output()).contains("paybridge started and is ready");
    }

    @Test
    void an_archive_of_another_jdk_is_replaced_when_the_next_start_exits() throws Exception {
        String thisJdk = Files.readString(ARCHIVE_JDK);
        FileTime written = Files.getLastModifiedTime(ARCHIVE);
        Files.writeString(ARCHIVE_JDK, "/opt/another-jdk/bin/java 1 1\n");

        Launched check = launch("check", Map.of());

        assertThat(check.exit()).as(check.output()).isZero();
        assertThat(Files.readString(ARCHIVE_JDK)).isEqualTo(thisJdk);
        assertThat(ARCHIVE).isRegularFile();
        assertThat(Files.getLastModifiedTime(ARCHIVE)).isGreaterThan(written);
    }

    /** Runs {@code ./paybridge COMMAND} on a fresh database, with the extra variables. */
    private Launched launch(String command, Map<String, String> extraEnvironment)
            throws IOException, InterruptedException {
        Path output = workDir.resolve("launcher.log");
        ProcessBuilder builder = new ProcessBuilder(List.of("bash", LAUNCHER.toString(), command))
                .redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("PAYBRIDGE_"));
        builder.environment().putAll(RunningService.freshEnvironment(workDir));
        builder.environment().putAll(extraEnvironment);
        Process process = builder.start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("./paybridge " + command + " did not end within 120 s");
        }
        return new Launched(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
    }

    private record Launched(int exit, String output) {
    }
}
