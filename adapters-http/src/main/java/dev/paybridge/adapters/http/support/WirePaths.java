package dev.paybridge.adapters.http.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Translates the field paths of commands and refusals ({@code lineItems[0].unitAmount}, {@code credentials.secret_key})
 * into the API's JSON paths ({@code line_items[0].unit_amount}, {@code encrypted_secret_data.secret_key}): the one place
 * where the application's names meet the wire's. What follows a map-valued field (metadata keys, credential names) is
 * data, kept as it is.
 */
public final class WirePaths {
    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("providerType", "provider_type"),
            Map.entry("credentials", "encrypted_secret_data"),
            Map.entry("syncConfig", "sync_config"),
            Map.entry("webhookSetup", "webhook_setup"),
            Map.entry("lineItems", "line_items"),
            Map.entry("unitAmount", "unit_amount"),
            Map.entry("externalId", "external_id"),
            Map.entry("dueDate", "due_date"),
            Map.entry("environmentId", "environment_id"),
            Map.entry("idempotencyKey", "Idempotency-Key"));
    private static final Set<String> MAPS = Set.of("metadata", "credentials");
    private static final Pattern SEGMENT = Pattern.compile("([^.\\[]+)((?:\\[\\d+])*)");

    private WirePaths() {
    }

    public static String toJson(String commandPath) {
        StringBuilder json = new StringBuilder();
        Matcher segment = SEGMENT.matcher(commandPath);
        int at = 0;
        while (at < commandPath.length() && segment.find(at) && segment.start() == at) {
            String name = segment.group(1);
            json.append(NAMES.getOrDefault(name, name)).append(segment.group(2));
            at = segment.end();
            if (MAPS.contains(name) && at < commandPath.length()) {
                return json.append(commandPath.substring(at)).toString();
            }
            if (at < commandPath.length() && commandPath.charAt(at) == '.') {
                json.append('.');
                at++;
            }
        }
        return json.append(commandPath.substring(Math.min(at, commandPath.length()))).toString();
    }

    /** The violations of a refusal, keyed by JSON path. */
    public static Map<String, List<String>> toJson(Map<String, List<String>> violations) {
        Map<String, List<String>> json = new LinkedHashMap<>();
        violations.forEach((path, messages) -> json.computeIfAbsent(toJson(path), ignored -> new ArrayList<>())
                .addAll(messages));
        return json;
    }
}
