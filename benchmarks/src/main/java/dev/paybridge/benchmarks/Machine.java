package dev.paybridge.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * What the run ran on: cores, memory, CPU model, OS, JDK, PostgreSQL and its main settings, pgbench, and the kernel's
 * DAMON memory monitors as they are. Read only: the harness measures the machine as it is and changes none of its
 * kernel or VM settings.
 */
final class Machine {
    private Machine() {
    }

    static Map<String, Object> describe(Store store) throws Exception {
        Map<String, Object> machine = new LinkedHashMap<>();
        machine.put("cores", Runtime.getRuntime().availableProcessors());
        machine.put("nproc", run("nproc"));
        machine.put("memory_total_mb", procValueKb("/proc/meminfo", "MemTotal") / 1024);
        machine.put("cpu_model", firstValue("/proc/cpuinfo", "model name"));
        machine.put("os", osName());
        machine.put("kernel", run("uname", "-r"));
        machine.put("jdk", System.getProperty("java.vm.vendor") + " " + System.getProperty("java.runtime.name") + " "
                + System.getProperty("java.runtime.version"));
        machine.put("java_version_output", run("java", "-version"));
        machine.put("postgresql", store.single("SELECT version()"));
        Map<String, Object> settings = new LinkedHashMap<>();
        for (String name : List.of("shared_buffers", "synchronous_commit", "fsync", "max_connections", "work_mem")) {
            settings.put(name, store.single("SHOW " + name));
        }
        machine.put("postgresql_settings", settings);
        machine.put("pgbench", Pgbench.version());
        machine.put("damon", damon());
        return machine;
    }

    /** Each DAMON monitor (kdamond) the kernel runs: its state, operations, sampling interval and scheme action. */
    private static List<Map<String, Object>> damon() {
        Path kdamonds = Path.of("/sys/kernel/mm/damon/admin/kdamonds");
        List<Map<String, Object>> monitors = new ArrayList<>();
        if (!Files.isDirectory(kdamonds)) {
            return monitors;
        }
        try (Stream<Path> entries = Files.list(kdamonds)) {
            for (Path kdamond : entries.filter(entry -> entry.getFileName().toString().matches("\\d+")).sorted()
                    .toList()) {
                Path context = kdamond.resolve("contexts/0");
                Map<String, Object> monitor = new LinkedHashMap<>();
                monitor.put("state", readTrimmed(kdamond.resolve("state")));
                monitor.put("operations", readTrimmed(context.resolve("operations")));
                String sampleUs = readTrimmed(context.resolve("monitoring_attrs/intervals/sample_us"));
                monitor.put("sample_ms", sampleUs == null ? null : Long.parseLong(sampleUs) / 1000);
                monitor.put("scheme_action", readTrimmed(context.resolve("schemes/0/action")));
                monitors.add(monitor);
            }
        } catch (IOException unreadable) {
            return monitors;
        }
        return monitors;
    }

    private static String readTrimmed(Path file) {
        try {
            return Files.readString(file).trim();
        } catch (IOException unreadable) {
            return null;
        }
    }

    static long procValueKb(String file, String field) {
        try {
            for (String line : Files.readAllLines(Path.of(file))) {
                if (line.startsWith(field + ":")) {
                    return Long.parseLong(line.substring(field.length() + 1).replace("kB", "").trim());
                }
            }
        } catch (IOException | NumberFormatException unreadable) {
            return -1;
        }
        return -1;
    }

    private static String firstValue(String file, String field) {
        try {
            for (String line : Files.readAllLines(Path.of(file))) {
                if (line.startsWith(field)) {
                    return line.substring(line.indexOf(':') + 1).trim();
                }
            }
        } catch (IOException unreadable) {
            return null;
        }
        return null;
    }

    private static String osName() {
        try {
            for (String line : Files.readAllLines(Path.of("/etc/os-release"))) {
                if (line.startsWith("PRETTY_NAME=")) {
                    return line.substring("PRETTY_NAME=".length()).replace("\"", "");
                }
            }
        } catch (IOException unreadable) {
            return System.getProperty("os.name");
        }
        return System.getProperty("os.name");
    }

    static String run(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            process.waitFor(10, TimeUnit.SECONDS);
            return out;
        } catch (IOException | InterruptedException failed) {
            return null;
        }
    }
}
