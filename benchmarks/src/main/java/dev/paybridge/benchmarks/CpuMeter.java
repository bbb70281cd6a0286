package dev.paybridge.benchmarks;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * CPU time used between two instants, from /proc: by paybridge, the simulator, all PostgreSQL processes, pgbench,
 * the load generator (this JVM) and the whole machine, expressed as cores busy on average.
 */
final class CpuMeter {
    private static final double TICKS_PER_SECOND = 100.0;
    /**
     * The column of {@code /proc/stat}'s first line that counts time the hypervisor gave to others while this VM had
     * work ({@code steal}): it is counted as busy, since the work waited, and reported apart, so a step that ran slow
     * because the machine was taken can be told from one that ran slow because of what it ran.
     */
    private static final int STEAL_COLUMN = 8;
    private final Map<String, Long> pids;

    /** {@code pids}: name → pid of the processes measured one by one (e.g. paybridge, simulator). */
    CpuMeter(Map<String, Long> pids) {
        this.pids = pids;
    }

    /** A reading of every counter at one instant. */
    record Snapshot(long nanos, Map<String, Long> ticks, long machineBusy, long machineSteal, long machineTotal) {
    }

    Snapshot snapshot() {
        Map<String, Long> ticks = new LinkedHashMap<>();
        pids.forEach((name, pid) -> ticks.put(name, processTicks(pid)));
        ticks.put("load_generator", ticksOf(Path.of("/proc/self/stat")));
        long postgres = 0;
        long pgbench = 0;
        try (DirectoryStream<Path> procs = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
            for (Path proc : procs) {
                String comm = comm(proc);
                if ("postgres".equals(comm)) {
                    postgres += ticksOf(proc.resolve("stat"));
                } else if ("pgbench".equals(comm)) {
                    pgbench += ticksOf(proc.resolve("stat"));
                }
            }
        } catch (IOException unreadable) {
            // leave the sums as they are
        }
        ticks.put("postgresql", postgres);
        ticks.put("pgbench", pgbench);
        long busy = 0;
        long steal = 0;
        long total = 0;
        try {
            String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            for (int i = 1; i < Math.min(cpu.length, 9); i++) {
                long value = Long.parseLong(cpu[i]);
                total += value;
                if (i != 4 && i != 5) {
                    busy += value;
                }
                if (i == STEAL_COLUMN) {
                    steal = value;
                }
            }
        } catch (IOException | RuntimeException unreadable) {
            // no machine figure
        }
        return new Snapshot(System.nanoTime(), ticks, busy, steal, total);
    }

    /** Cores busy on average between two snapshots, per process group and for the machine. */
    static Map<String, Object> coresBetween(Snapshot from, Snapshot to) {
        double seconds = (to.nanos() - from.nanos()) / 1e9;
        Map<String, Object> cores = new LinkedHashMap<>();
        to.ticks().forEach((name, ticks) -> {
            long before = from.ticks().getOrDefault(name, 0L);
            cores.put(name, Report.round(Math.max(0, ticks - before) / TICKS_PER_SECOND / seconds));
        });
        long total = to.machineTotal() - from.machineTotal();
        cores.put("machine_busy_fraction", total <= 0 ? null
                : Report.round((double) (to.machineBusy() - from.machineBusy()) / total));
        cores.put("machine_steal_fraction", total <= 0 ? null
                : Report.round((double) (to.machineSteal() - from.machineSteal()) / total));
        return cores;
    }

    private static String comm(Path proc) {
        try {
            return Files.readString(proc.resolve("comm")).trim();
        } catch (IOException gone) {
            return null;
        }
    }

    /** CPU ticks used so far by the whole process {@code pid}. */
    static long processTicks(long pid) {
        return ticksOf(Path.of("/proc", Long.toString(pid), "stat"));
    }

    /** CPU ticks used so far by the JIT compiler threads (C1 and C2) of the JVM {@code pid}. */
    static long compilerTicks(long pid) {
        long ticks = 0;
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(Path.of("/proc", Long.toString(pid), "task"))) {
            for (Path task : tasks) {
                String comm = comm(task);
                if (comm != null && comm.matches("C[12] CompilerThre.*")) {
                    ticks += ticksOf(task.resolve("stat"));
                }
            }
        } catch (IOException gone) {
            // the process ended
        }
        return ticks;
    }

    /** Milliseconds of CPU in {@code ticks}. */
    static double millis(long ticks) {
        return ticks * 1000 / TICKS_PER_SECOND;
    }

    private static long ticksOf(Path stat) {
        try {
            String text = Files.readString(stat);
            String[] fields = text.substring(text.lastIndexOf(')') + 2).split(" ");
            // after the command: state(0) ... utime(11) stime(12)
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException | RuntimeException gone) {
            return 0;
        }
    }
}
