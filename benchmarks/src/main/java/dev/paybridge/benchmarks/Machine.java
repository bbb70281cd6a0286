package dev.paybridge.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** What the run ran on: cores, memory, CPU model, OS, JDK, PostgreSQL and its main settings, pgbench. */
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
        machine.put("damon", Damon.describe());
        return machine;
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
