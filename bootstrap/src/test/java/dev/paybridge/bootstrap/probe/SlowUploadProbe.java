package dev.paybridge.bootstrap.probe;

import dev.paybridge.bootstrap.testing.TempDirectories;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Measures {@code /health} latency while slow webhook uploads are held open: the figures in docs/hardening.md.
 * Starts {@code bootstrap/target/paybridge.jar serve} as a child process (embedded PostgreSQL, a fresh data directory,
 * {@code -Xmx256m} as {@code ./paybridge serve}) unless {@code --url} names a running paybridge. JDK only; run from the
 * repository root:
 * <pre>
 * ./mvnw -B -q -DskipTests package
 * java -cp bootstrap/target/test-classes dev.paybridge.bootstrap.probe.SlowUploadProbe [--connections=300]
 *      [--byte-interval=3s] [--duration=60s] [--jvm="-Xlog:gc:file=gc.log"] [--url=http://127.0.0.1:8080]
 * </pre>
 * {@code --jvm} adds options to the child JVM.
 */
public final class SlowUploadProbe {
    private static final Duration PACE = Duration.ofMillis(50);
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private SlowUploadProbe() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        int connections = Integer.parseInt(options.getOrDefault("connections", "300"));
        Duration byteInterval = seconds(options.getOrDefault("byte-interval", "3s"));
        Duration duration = seconds(options.getOrDefault("duration", "60s"));
        Path dataDir = TempDirectories.create("paybridge-probe");
        Process child = null;
        try {
            URI base;
            if (options.containsKey("url")) {
                base = URI.create(options.get("url"));
            } else {
                int port = freePort();
                child = startPaybridge(dataDir, port, options.getOrDefault("jvm", ""));
                base = URI.create("http://127.0.0.1:" + port);
            }
            HealthLatencies health = new HealthLatencies(base.resolve("/health"), TIMEOUT);
            awaitHealthy(health, child);
            System.out.println("warming up for 10 s ...");
            health.sample(Duration.ofSeconds(10), PACE);
            System.out.println("quiet:        " + health.sample(Duration.ofSeconds(15), PACE));
            URI webhook = base.resolve("/v1/webhooks/moyasar/tenant_probe/env_probe");
            try (SlowUploads attack = SlowUploads.start(webhook, connections, byteInterval)) {
                long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
                while (attack.open() < connections && System.nanoTime() < deadline) {
                    Thread.sleep(100);
                }
                System.out.printf("attack:       %d uploads open, one byte every %d s each%n", attack.open(),
                        byteInterval.toSeconds());
                HealthLatencies.Sample during = health.sample(duration, PACE);
                System.out.println("during:       " + during);
                System.out.printf("uploads:      %d opened in all, %d open at the end, endings %s%n", attack.opened(),
                        attack.open(), attack.endings());
            }
        } finally {
            if (child != null) {
                child.destroy();
                child.waitFor();
            }
            TempDirectories.delete(dataDir);
        }
    }

    private static Process startPaybridge(Path dataDir, int port, String jvmOptions) throws IOException {
        Path jar = Path.of("bootstrap/target/paybridge.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("no " + jar + ": run ./mvnw -B -q -DskipTests package from the repository root");
        }
        Path log = Path.of("bootstrap/target/slow-upload-probe.log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx256m"));
        command.addAll(Arrays.stream(jvmOptions.split(" ")).filter(option -> !option.isBlank()).toList());
        command.addAll(List.of("-jar", jar.toString(), "serve"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> name.startsWith("PAYBRIDGE_"));
        env.put("PAYBRIDGE_DATA_DIR", dataDir.toString());
        env.put("PAYBRIDGE_HTTP_PORT", Integer.toString(port));
        env.put("PAYBRIDGE_BIND_ADDRESS", "127.0.0.1");
        System.out.println("starting " + jar + " on port " + port + " (log: " + log + ") ...");
        return builder.start();
    }

    private static void awaitHealthy(HealthLatencies health, Process child) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (health.once().isEmpty()) {
            if (System.nanoTime() > deadline || (child != null && !child.isAlive())) {
                throw new IllegalStateException("paybridge did not become healthy; see bootstrap/target/slow-upload-probe.log");
            }
            Thread.sleep(200);
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                throw new IllegalArgumentException("options are written --name=value, got " + arg);
            }
            options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
        }
        return options;
    }

    private static Duration seconds(String text) {
        return Duration.ofSeconds(Long.parseLong(text.endsWith("s") ? text.substring(0, text.length() - 1) : text));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
