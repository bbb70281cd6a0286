package dev.paybridge.adapters.http.support;

import java.util.List;
import java.util.Map;

/**
 * An RFC 9457 problem body: {@code type} is the URI of the code's section in the error catalogue, {@code errors} maps
 * JSON paths to messages and is null unless input was refused.
 */
public record Problem(String type, String title, int status, String detail, String code, Map<String, List<String>> errors) {
}
