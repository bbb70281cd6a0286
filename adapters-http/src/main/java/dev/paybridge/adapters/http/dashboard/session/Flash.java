package dev.paybridge.adapters.http.dashboard.session;

import java.util.List;
import java.util.Objects;

/** A one-time notice shown on the next page after an action: a message key and its arguments, good news or not. */
public record Flash(boolean success, String messageKey, List<String> arguments) {
    public Flash {
        Objects.requireNonNull(messageKey, "messageKey");
        arguments = List.copyOf(arguments);
    }

    public static Flash success(String messageKey, String... arguments) {
        return new Flash(true, messageKey, List.of(arguments));
    }

    public static Flash failure(String messageKey, String... arguments) {
        return new Flash(false, messageKey, List.of(arguments));
    }
}
