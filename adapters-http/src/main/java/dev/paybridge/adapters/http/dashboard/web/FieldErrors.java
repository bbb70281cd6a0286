package dev.paybridge.adapters.http.dashboard.web;

import dev.paybridge.adapters.http.support.WirePaths;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * What is wrong with a submitted form, by field. Form fields are named by the API's JSON paths
 * ({@code encrypted_secret_data.secret_key}, {@code line_items[0].quantity}), so a use case's refusal lands next to
 * its field through {@link WirePaths}, the same translation the REST API uses; messages for no field of the form are
 * shown above it.
 */
public final class FieldErrors {
    private static final FieldErrors NONE = new FieldErrors(Map.of());
    private final Map<String, List<String>> byField;

    private FieldErrors(Map<String, List<String>> byField) {
        this.byField = Map.copyOf(byField);
    }

    public static FieldErrors none() {
        return NONE;
    }

    /** The violations of a refusal or a command (command paths), named by form field; {@code rename} adjusts paths. */
    public static FieldErrors fromViolations(Map<String, List<String>> violations, UnaryOperator<String> rename) {
        Map<String, List<String>> named = new LinkedHashMap<>();
        WirePaths.toJson(violations).forEach((path, messages) -> named.merge(rename.apply(path), messages,
                (first, more) -> Stream.concat(first.stream(), more.stream()).toList()));
        return new FieldErrors(named);
    }

    public static FieldErrors of(Map<String, List<String>> byField) {
        return new FieldErrors(byField);
    }

    public boolean isEmpty() {
        return byField.isEmpty();
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public List<String> of(String field) {
        return byField.getOrDefault(field, List.of());
    }

    /** Every message, by field, for the summary above the form. */
    public Map<String, List<String>> all() {
        return byField;
    }

    /** The HTML id of a field's input (its error is {@code id + "-error"}, its help {@code id + "-help"}). */
    public static String id(String field) {
        return "f-" + field.replaceAll("[^A-Za-z0-9_-]", "-");
    }
}
