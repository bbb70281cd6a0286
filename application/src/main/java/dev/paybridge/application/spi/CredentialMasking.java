package dev.paybridge.application.spi;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How a credential field is previewed in responses; no rule ever shows a whole secret. */
public enum CredentialMasking {
    /** An API key: its prefix through its mode ({@code sk_test_}), {@code ****}, and its last 4 characters. */
    KEY_PREFIX_AND_LAST4,
    /** A shared secret: nothing of it is shown. */
    HIDDEN;

    private static final Pattern KEY_PREFIX = Pattern.compile("^[A-Za-z]{1,8}_(?:test|live)_");
    private static final int SHORTEST_KEY_WITH_VISIBLE_TAIL = 16;

    public String preview(String value) {
        if (this == HIDDEN) {
            return "********";
        }
        Matcher prefix = KEY_PREFIX.matcher(value);
        String head = prefix.find() ? prefix.group() : "";
        String tail = value.length() >= SHORTEST_KEY_WITH_VISIBLE_TAIL ? value.substring(value.length() - 4) : "";
        return head + "****" + tail;
    }
}
