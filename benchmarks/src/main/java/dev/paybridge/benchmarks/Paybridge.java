package dev.paybridge.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** paybridge as a separate process ({@code ./paybridge serve}, the README's run command) on an external database. */
final class Paybridge implements AutoCloseable {
    static final String ADMIN_TOKEN = "pba_benchmark_admin_token_0123456789";
    /** PAYBRIDGE_DATABASE_POOL_SIZE (its default): pgbench's open loop runs on as many connections. */
    static final int DATABASE_POOL_SIZE = 10;
    private final ChildProcess process;
    private final int port;
    private final double readyMillis;

    private Paybridge(ChildProcess process, int port, double readyMillis) {
        this.process = process;
        this.port = port;
        this.readyMillis = readyMillis;
    }

    /**
     * Whether {@code ./paybridge serve} will start from a class-data archive: present, newer than the jar and with the
     * record of the JDK that made it (the launcher also compares that JDK with its own).
     */
    static boolean hasClassDataArchive(Path root) {
        Path jar = root.resolve("bootstrap/target/paybridge.jar");
        Path archive = root.resolve("bootstrap/target/paybridge.jsa");
        try {
            return Files.exists(archive) && Files.exists(root.resolve("bootstrap/target/paybridge.jsa.jdk"))
                    && Files.getLastModifiedTime(archive).compareTo(Files.getLastModifiedTime(jar)) > 0;
        } catch (IOException unreadable) {
            return false;
        }
    }

    /** Starts the process and waits (at most 60 s) for the first 200 from {@code /ready}. */
    static Paybridge start(Path root, Database database, Path keyset, int port, int simulatorPort, int syncWorkers,
            String javaOpts, Path log) {
        // the README's run command: the script execs java (same pid) with the jar's class-data archive
        List<String> command = List.of(root.resolve("paybridge").toString(), "serve");
        Map<String, String> env = Map.of(
                "PAYBRIDGE_JAVA_OPTS", javaOpts,
                "PAYBRIDGE_DATABASE_URL", database.jdbcUrl(),
                "PAYBRIDGE_ADMIN_TOKEN", ADMIN_TOKEN,
                "PAYBRIDGE_MASTER_KEYSET", keyset.toString(),
                "PAYBRIDGE_HTTP_PORT", Integer.toString(port),
                "PAYBRIDGE_PUBLIC_BASE_URL", "http://127.0.0.1:" + port,
                "PAYBRIDGE_MOYASAR_BASE_URL", "http://127.0.0.1:" + simulatorPort + "/v1",
                "PAYBRIDGE_SYNC_WORKERS", Integer.toString(syncWorkers),
                "PAYBRIDGE_DATABASE_POOL_SIZE", Integer.toString(DATABASE_POOL_SIZE),
                // each link is looked up at the gateway at most once an hour (the sweep still ticks every 60 s)
                "PAYBRIDGE_RECONCILE_INTERVAL", "1h");
        ChildProcess process = ChildProcess.start("paybridge", command, env, log);
        long deadline = System.nanoTime() + 60_000_000_000L;
        try (LoopbackHttp http = new LoopbackHttp(port, 1_000)) {
            while (System.nanoTime() < deadline) {
                process.requireAlive();
                try {
                    if (http.send("GET", "/ready", Map.of(), null).status() == 200) {
                        double millis = (System.nanoTime() - process.startedNanos()) / 1e6;
                        return new Paybridge(process, port, millis);
                    }
                } catch (IOException | RuntimeException notYet) {
                    // not listening yet
                }
                Thread.sleep(5);
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        process.close();
        throw new IllegalStateException("paybridge was not ready within 60 s; log " + log + ":\n" + process.tail(40));
    }

    int port() {
        return port;
    }

    ChildProcess process() {
        return process;
    }

    /** Milliseconds from process start to the first 200 from {@code /ready}. */
    double readyMillis() {
        return readyMillis;
    }

    @Override
    public void close() {
        process.close();
    }
}
