package dev.paybridge.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * pgbench at a fixed rate ({@code -R}) with its per-transaction log ({@code -l}), read into the same latency summary
 * as paybridge's open loop. With {@code -R} pgbench schedules each transaction's start (Poisson arrivals at the rate)
 * and logs its latency from that scheduled start, so a stall is not hidden by fewer transactions: the same measure as
 * the open loop's latency from each request's scheduled send time. Both open loops start on new connections: what
 * was scheduled in the first {@link #WARMUP_SECONDS} (each backend's first transaction prepares the statements and
 * fills its caches, and the queue that makes; paybridge grows its server threads for its new senders) is run but not
 * counted, on both sides.
 */
final class PgbenchOpenLoop {
    static final int WARMUP_SECONDS = 2;

    private PgbenchOpenLoop() {
    }

    /** One logged transaction, times in microseconds; latency counts from the scheduled start. */
    private record Transaction(long scheduledMicros, long latencyMicros, long lagMicros) {
    }

    /** Runs pgbench at {@code rate} per second for the warm-up and then {@code seconds} on {@code clients} connections. */
    static Map<String, Object> run(Pgbench pgbench, Path file, PgbenchScript script, double rate, int clients,
            double seconds, Path logs, CpuMeter cpu) throws Exception {
        String prefix = "pgbench-open-loop";
        Map<String, Object> result = pgbench.run(file, script, clients, seconds + WARMUP_SECONDS, List.of("-R",
                String.format(Locale.ROOT, "%.1f", rate), "-l", "--log-prefix=" + logs.resolve(prefix)),
                logs.resolve(prefix + ".log"), cpu);
        List<Transaction> transactions = new ArrayList<>();
        long[] notDone = new long[1];
        try (Stream<Path> files = Files.list(logs)) {
            for (Path log : files.filter(path -> path.getFileName().toString().startsWith(prefix + ".")
                    && !path.getFileName().toString().endsWith(".log")).toList()) {
                read(log, transactions, notDone);
            }
        }
        long start = transactions.stream().mapToLong(Transaction::scheduledMicros).min().orElse(0);
        Latencies latency = new Latencies();
        Latencies lag = new Latencies();
        transactions.stream().filter(t -> t.scheduledMicros() >= start + WARMUP_SECONDS * 1_000_000L).forEach(t -> {
            latency.recordNanos(t.latencyMicros() * 1_000);
            lag.recordNanos(t.lagMicros() * 1_000);
        });
        result.put("target_rate_per_s", Report.round(rate));
        result.put("warmup_seconds_not_counted", WARMUP_SECONDS);
        result.put("latency_from_scheduled_start", latency.summary());
        result.put("schedule_lag", lag.summary());
        result.put("failed_or_skipped_in_log", notDone[0]);
        return result;
    }

    /**
     * One thread's log: {@code client_id transaction_no time script_no time_epoch time_us schedule_lag}; {@code time}
     * (microseconds from the scheduled start, or {@code failed} / {@code skipped}) ends at {@code time_epoch.time_us}.
     */
    private static void read(Path log, List<Transaction> transactions, long[] notDone) throws IOException {
        for (String line : Files.readAllLines(log)) {
            String[] fields = line.trim().split("\\s+");
            if (fields.length < 7) {
                continue;
            }
            if (!fields[2].chars().allMatch(Character::isDigit)) {
                notDone[0]++;
                continue;
            }
            long latency = Long.parseLong(fields[2]);
            long end = Long.parseLong(fields[4]) * 1_000_000L + Long.parseLong(fields[5]);
            transactions.add(new Transaction(end - latency, latency, Long.parseLong(fields[6])));
        }
    }
}
