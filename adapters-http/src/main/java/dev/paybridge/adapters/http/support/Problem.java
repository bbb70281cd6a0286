package dev.paybridge.adapters.http.support;

import java.util.List;
import java.util.Map;

/** An RFC 9457 problem body: {@code errors} maps JSON paths to messages and is null unless input was refused. */
public record Problem(String type, String title, int status, String detail, String code, Map<String, List<String>> errors) {

    public static Problem of(int status, String title, String code, String detail, Map<String, List<String>> errors) {
        return new Problem("https://paybridge.dev/problems/" + code.replace('_', '-'), title, status, detail, code,
                errors == null || errors.isEmpty() ? null : errors);
    }
}
