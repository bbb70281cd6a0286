package dev.paybridge.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The kernel's DAMON memory monitors (kdamonds). Some virtual machines run one for memory reclaim; each sampling pass
 * walks the mappings of every process, and on this VM it stalls paybridge and PostgreSQL for tens of milliseconds
 * about twice a second. The harness reports them and, when asked ({@code --pause-damon=yes}, root only), turns them
 * off for the run and back on after it.
 */
final class Damon {
    private static final Path KDAMONDS = Path.of("/sys/kernel/mm/damon/admin/kdamonds");

    private Damon() {
    }

    /** Each kdamond: its state, monitored address space, sampling interval and scheme actions. */
    static List<Map<String, Object>> describe() {
        List<Map<String, Object>> monitors = new ArrayList<>();
        for (Path kdamond : kdamonds()) {
            Map<String, Object> monitor = new LinkedHashMap<>();
            monitor.put("state", read(kdamond.resolve("state")));
            Path context = kdamond.resolve("contexts/0");
            monitor.put("operations", read(context.resolve("operations")));
            String sampleUs = read(context.resolve("monitoring_attrs/intervals/sample_us"));
            monitor.put("sample_ms", sampleUs == null ? null : Long.parseLong(sampleUs) / 1000);
            monitor.put("scheme_action", read(context.resolve("schemes/0/action")));
            monitors.add(monitor);
        }
        return monitors;
    }

    static boolean anyOn() {
        return kdamonds().stream().anyMatch(kdamond -> "on".equals(read(kdamond.resolve("state"))));
    }

    /** Turns every running kdamond off; closing the result turns them on again. */
    static AutoCloseable pause() {
        List<Path> paused = new ArrayList<>();
        for (Path kdamond : kdamonds()) {
            if ("on".equals(read(kdamond.resolve("state")))) {
                write(kdamond.resolve("state"), "off");
                paused.add(kdamond);
            }
        }
        return () -> paused.forEach(kdamond -> write(kdamond.resolve("state"), "on"));
    }

    private static List<Path> kdamonds() {
        if (!Files.isDirectory(KDAMONDS)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(KDAMONDS)) {
            return entries.filter(entry -> entry.getFileName().toString().matches("\\d+")).sorted().toList();
        } catch (IOException unreadable) {
            return List.of();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file).trim();
        } catch (IOException unreadable) {
            return null;
        }
    }

    private static void write(Path file, String value) {
        try {
            Files.writeString(file, value);
        } catch (IOException refused) {
            throw new UncheckedIOException("cannot write " + value + " to " + file + " (root only)", refused);
        }
    }
}
