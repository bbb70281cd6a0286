package dev.paybridge.adapters.http.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Collects what is wrong with a request by JSON path (or query parameter), so one answer names every field. */
public final class RequestErrors {
    private final Map<String, List<String>> messages = new LinkedHashMap<>();

    public RequestErrors add(String path, String message) {
        List<String> forPath = messages.computeIfAbsent(path, ignored -> new ArrayList<>());
        if (!forPath.contains(message)) {
            forPath.add(message);
        }
        return this;
    }

    public RequestErrors copy() {
        RequestErrors copy = new RequestErrors();
        messages.forEach((path, list) -> list.forEach(message -> copy.add(path, message)));
        return copy;
    }

    public boolean isEmpty() {
        return messages.isEmpty();
    }

    /** Whether a message names this path, a part of it, or a field within it. */
    public boolean covers(String path) {
        return messages.keySet().stream().anyMatch(known -> related(known, path) || related(path, known));
    }

    public Map<String, List<String>> asMap() {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        messages.forEach((path, list) -> copy.put(path, List.copyOf(list)));
        return copy;
    }

    /** Refuses the request (400 {@code validation_error}) when any message was collected. */
    public void throwIfAny() {
        if (!messages.isEmpty()) {
            throw new InvalidRequestException(asMap());
        }
    }

    public static InvalidRequestException single(String path, String message) {
        return new InvalidRequestException(Map.of(path, List.of(message)));
    }

    private static boolean related(String outer, String inner) {
        return inner.equals(outer) || inner.startsWith(outer + ".") || inner.startsWith(outer + "[");
    }
}
