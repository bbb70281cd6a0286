package dev.paybridge.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stop-the-world pauses read from a JVM's {@code -Xlog:gc,safepoint:file=...:time} log: every safepoint, whether for
 * a collection or for other VM work (deoptimization, code cache, handshakes).
 */
final class GcLog {
    private static final Pattern SAFEPOINT = Pattern.compile("^\\[([^\\]]+)\\] Safepoint \"([^\"]+)\".* Total: (\\d+) ns$");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

    private GcLog() {
    }

    /** The JVM option that writes the log this class reads. */
    static String option(Path file) {
        return "-Xlog:gc,safepoint:file=" + file + ":time";
    }

    /** A pause, as the wall-clock interval it stopped the JVM for (the log line is written at its end). */
    record Pause(String reason, double startMillis, double endMillis) {
        double millis() {
            return endMillis - startMillis;
        }
    }

    static List<Pause> pauses(Path file) throws IOException {
        List<Pause> pauses = new ArrayList<>();
        if (!Files.exists(file)) {
            return pauses;
        }
        for (String line : Files.readAllLines(file)) {
            Matcher matcher = SAFEPOINT.matcher(line.strip());
            if (matcher.matches()) {
                double end = OffsetDateTime.parse(matcher.group(1), TIME).toInstant().toEpochMilli();
                double millis = Long.parseLong(matcher.group(3)) / 1e6;
                pauses.add(new Pause(matcher.group(2), end - millis, end));
            }
        }
        return pauses;
    }

    static List<Pause> between(List<Pause> pauses, double fromMillis, double toMillis) {
        return pauses.stream().filter(pause -> pause.endMillis() >= fromMillis && pause.startMillis() <= toMillis)
                .toList();
    }
}
