package dev.paybridge.moyasar.simulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Map;

/** The simulator's one JSON mapper and small helpers to build and read Moyasar-shaped nodes. */
final class Json {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static ArrayNode array() {
        return MAPPER.createArrayNode();
    }

    static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode read(String text) throws JsonProcessingException {
        return MAPPER.readTree(text);
    }

    static void putTime(ObjectNode node, String field, Instant instant) {
        node.put(field, Timestamps.format(instant));
    }

    static ObjectNode stringMap(Map<String, String> values) {
        ObjectNode node = object();
        values.forEach(node::put);
        return node;
    }

    /** The text of a field, or null when it is missing or JSON null. */
    static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    static ObjectNode error(ApiError error) {
        ObjectNode node = object();
        node.put("type", error.type());
        node.put("message", error.getMessage());
        if (error.errors() == null) {
            node.putNull("errors");
        } else {
            ObjectNode errors = node.putObject("errors");
            error.errors().forEach((field, messages) -> {
                ArrayNode list = errors.putArray(field);
                messages.forEach(list::add);
            });
        }
        return node;
    }
}
