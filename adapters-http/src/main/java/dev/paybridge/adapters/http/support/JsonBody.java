package dev.paybridge.adapters.http.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A JSON object read strictly: each accessor checks the field's JSON type and records a message under its JSON path
 * ({@code encrypted_secret_data.secret_key}, {@code line_items[0].quantity}); {@link #finish} refuses them all at once.
 */
public final class JsonBody {
    private final ObjectNode node;
    private final String path;
    private final RequestErrors errors;

    private JsonBody(ObjectNode node, String path, RequestErrors errors) {
        this.node = node;
        this.path = path;
        this.errors = errors;
    }

    /** Parses a whole request body, which must be one JSON object. */
    public static JsonBody parse(byte[] raw) {
        if (raw.length == 0) {
            throw RequestBodies.emptyBody();
        }
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(raw);
        } catch (JsonProcessingException malformed) {
            throw RequestErrors.single("body", "is not valid JSON: " + malformed.getOriginalMessage());
        } catch (IOException unreadable) {
            throw RequestErrors.single("body", "is not valid JSON");
        }
        if (root == null || !root.isObject()) {
            throw RequestBodies.emptyBody();
        }
        return new JsonBody((ObjectNode) root, "", new RequestErrors());
    }

    public String requiredString(String field) {
        return optionalString(field).orElseGet(() -> {
            if (isAbsent(field)) {
                errors.add(path(field), "is required");
            }
            return null;
        });
    }

    public Optional<String> optionalString(String field) {
        return typed(field, JsonNode::isTextual, "must be a string", JsonNode::textValue)
                .filter(text -> storable(path(field), text));
    }

    public Optional<Boolean> optionalBoolean(String field) {
        return typed(field, JsonNode::isBoolean, "must be true or false", JsonNode::booleanValue);
    }

    public Optional<JsonBody> optionalObject(String field) {
        return typed(field, JsonNode::isObject, "must be an object",
                value -> new JsonBody((ObjectNode) value, path(field) + ".", errors));
    }

    public JsonBody requiredObject(String field) {
        return optionalObject(field).orElseGet(() -> {
            if (isAbsent(field)) {
                errors.add(path(field), "is required");
            }
            return new JsonBody(Json.MAPPER.createObjectNode(), path(field) + ".", errors);
        });
    }

    /** An array of objects, each read at {@code field[i].}. */
    public Optional<List<JsonBody>> optionalObjectArray(String field) {
        return typed(field, JsonNode::isArray, "must be an array", array -> {
            List<JsonBody> items = new ArrayList<>();
            for (int i = 0; i < array.size(); i++) {
                JsonNode item = array.get(i);
                if (item.isObject()) {
                    items.add(new JsonBody((ObjectNode) item, path(field) + "[" + i + "].", errors));
                } else {
                    errors.add(path(field) + "[" + i + "]", "must be an object");
                }
            }
            return items;
        });
    }

    /** An object whose values must all be strings (metadata, credentials). */
    public Optional<Map<String, String>> optionalStringMap(String field) {
        return optionalObject(field).map(JsonBody::stringValues);
    }

    /** This object's own fields, all of which must be strings (a key with a NUL is named by the object). */
    public Map<String, String> stringValues() {
        Map<String, String> values = new LinkedHashMap<>();
        node.fields().forEachRemaining(entry -> {
            if (entry.getKey().indexOf('\u0000') >= 0) {
                errors.add(objectPath(), "keys must not contain the NUL character");
            } else if (entry.getValue().isTextual()) {
                if (storable(path + entry.getKey(), entry.getValue().textValue())) {
                    values.put(entry.getKey(), entry.getValue().textValue());
                }
            } else {
                errors.add(path + entry.getKey(), "must be a string");
            }
        });
        return values;
    }

    /** Text with a NUL character can be neither stored nor shown safely; it is refused at the door. */
    private boolean storable(String fieldPath, String text) {
        if (text.indexOf('\u0000') >= 0) {
            errors.add(fieldPath, "must not contain the NUL character");
            return false;
        }
        return true;
    }

    /** True when the field is present with a value other than null. */
    public boolean has(String field) {
        return !isAbsent(field);
    }

    /** Adds a message for one of this object's fields. */
    public void reject(String field, String message) {
        errors.add(path(field), message);
    }

    public String path(String field) {
        return path + field;
    }

    /** Refuses the request (400 {@code validation_error}) if any field was wrong. */
    public void finish() {
        errors.throwIfAny();
    }

    /** What is wrong so far, shared by every object read from the same body. */
    public RequestErrors errors() {
        return errors;
    }

    private String objectPath() {
        return path.isEmpty() ? "body" : path.substring(0, path.length() - 1);
    }

    private boolean isAbsent(String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull();
    }

    private <T> Optional<T> typed(String field, java.util.function.Predicate<JsonNode> isRightType, String message,
            Function<JsonNode, T> read) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!isRightType.test(value)) {
            errors.add(path(field), message);
            return Optional.empty();
        }
        return Optional.of(read.apply(value));
    }
}
