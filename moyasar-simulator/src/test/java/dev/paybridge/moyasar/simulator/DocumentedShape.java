package dev.paybridge.moyasar.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Compares an answer with a documented example by shape: every documented field is there, with the documented
 * JSON type (a documented null says only that the field exists), objects field by field, and every item of an
 * array like the documented items (a field one documented item shows as null may be null in any). Ids, timestamps
 * and other values may differ; extra fields are allowed.
 */
final class DocumentedShape {

    private DocumentedShape() {
    }

    /** What differs, one line per field ({@code $.invoices[0].amount: documented number, got string}). */
    static List<String> mismatches(JsonNode documented, JsonNode actual) {
        List<String> problems = new ArrayList<>();
        compare("$", documented, actual, problems);
        return problems;
    }

    private static void compare(String path, JsonNode documented, JsonNode actual, List<String> problems) {
        if (documented == null || documented.isNull()) {
            return;
        }
        if (actual == null || actual.isMissingNode()) {
            problems.add(path + ": documented, missing");
            return;
        }
        if (!type(documented).equals(type(actual))) {
            problems.add(path + ": documented " + type(documented) + ", got " + type(actual));
            return;
        }
        if (documented.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = documented.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                String child = path + "." + field.getKey();
                if (!actual.has(field.getKey())) {
                    problems.add(child + ": documented, missing");
                } else {
                    compare(child, field.getValue(), actual.get(field.getKey()), problems);
                }
            }
        } else if (documented.isArray() && !documented.isEmpty()) {
            JsonNode item = documentedItem(documented);
            for (int i = 0; i < actual.size(); i++) {
                compare(path + "[" + i + "]", item, actual.get(i), problems);
            }
        }
    }

    /** The documented items of an array as one: the first, with null wherever another item shows null. */
    private static JsonNode documentedItem(JsonNode items) {
        JsonNode first = items.get(0);
        if (!first.isObject()) {
            return first;
        }
        ObjectNode merged = first.deepCopy();
        for (JsonNode item : items) {
            item.fields().forEachRemaining(field -> {
                if (field.getValue().isNull()) {
                    merged.putNull(field.getKey());
                }
            });
        }
        return merged;
    }

    private static String type(JsonNode node) {
        if (node.isIntegralNumber()) {
            return "integer";
        }
        if (node.isNumber()) {
            return "decimal";
        }
        return node.getNodeType().name().toLowerCase(Locale.ROOT);
    }
}
