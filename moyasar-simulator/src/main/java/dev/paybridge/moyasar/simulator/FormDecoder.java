package dev.paybridge.moyasar.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@code application/x-www-form-urlencoded} bodies into the JSON shape Moyasar would see: flat fields,
 * {@code metadata[key]=value} and {@code source[number]=…} objects, {@code events[]=…} lists.
 */
final class FormDecoder {

    private FormDecoder() {
    }

    static ObjectNode decode(String body) {
        ObjectNode root = Json.object();
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String key = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            put(root, path(key), value);
        }
        return root;
    }

    /** {@code a[b][]} becomes {@code [a, b, ""]}; an empty segment means "append to a list". */
    static List<String> path(String key) {
        List<String> segments = new ArrayList<>();
        int open = key.indexOf('[');
        if (open <= 0 || !key.endsWith("]")) {
            segments.add(key);
            return segments;
        }
        segments.add(key.substring(0, open));
        for (String inner : key.substring(open + 1, key.length() - 1).split("]\\[", -1)) {
            segments.add(inner);
        }
        return segments;
    }

    private static void put(ObjectNode root, List<String> path, String value) {
        JsonNode container = root;
        for (int i = 0; i < path.size() - 1; i++) {
            boolean nextIsList = path.get(i + 1).isEmpty();
            container = child(container, path.get(i), nextIsList);
            if (container == null) {
                return;
            }
        }
        String last = path.get(path.size() - 1);
        if (container instanceof ArrayNode) {
            ((ArrayNode) container).add(value);
        } else if (container instanceof ObjectNode) {
            ((ObjectNode) container).put(last, value);
        }
    }

    private static JsonNode child(JsonNode parent, String name, boolean list) {
        if (!(parent instanceof ObjectNode)) {
            return null;
        }
        ObjectNode object = (ObjectNode) parent;
        JsonNode existing = object.get(name);
        if (existing != null && existing.isContainerNode()) {
            return existing;
        }
        return list ? object.putArray(name) : object.putObject(name);
    }
}
