package dev.paybridge.application.port.out.jobs;

import java.util.Locale;

/** Where a job stands: waiting to run (first time or after an outcome nobody knows), done, or refused for good. */
public enum JobState {
    PENDING, DONE, FAILED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static JobState fromWireName(String text) {
        return valueOf(text.toUpperCase(Locale.ROOT));
    }
}
