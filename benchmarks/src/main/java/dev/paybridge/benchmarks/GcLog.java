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

/** Stop-the-world pauses read from a JVM's {@code -Xlog:gc:file=...:time} log. */
final class GcLog {
    private static final Pattern PAUSE = Pattern.compile("^\\[([^\\]]+)\\].* Pause .* ([0-9.]+)ms$");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

    private GcLog() {
    }

    /** The JVM option that writes the log this class reads. */
    static String option(Path file) {
        return "-Xlog:gc:file=" + file + ":time";
    }

    /** A pause, as the wall-clock interval it stopped the JVM for (the log line is written at its end). */
    record Pause(double startMillis, double endMillis) {
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
            Matcher matcher = PAUSE.matcher(line.strip());
            if (matcher.matches()) {
                double end = OffsetDateTime.parse(matcher.group(1), TIME).toInstant().toEpochMilli();
                double millis = Double.parseDouble(matcher.group(2));
                pauses.add(new Pause(end - millis, end));
            }
        }
        return pauses;
    }

    static List<Pause> between(List<Pause> pauses, double fromMillis, double toMillis) {
        return pauses.stream().filter(pause -> pause.endMillis() >= fromMillis && pause.startMillis() <= toMillis)
                .toList();
    }
}
