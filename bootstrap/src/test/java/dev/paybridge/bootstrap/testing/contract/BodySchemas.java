package dev.paybridge.bootstrap.testing.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The document's schemas as validators, found by where they lie in the document (a JSON pointer) and kept once made. */
final class BodySchemas {
    private final SchemaRegistry registry;
    private final SchemaLocation document;
    private final JsonNode root;
    private final Map<String, Schema> validators = new ConcurrentHashMap<>();

    BodySchemas(SchemaRegistry registry, SchemaLocation document, JsonNode root) {
        this.registry = registry;
        this.document = document;
        this.root = root;
    }

    /** The pointer of the object at {@code pointer}, following its {@code $ref}s within the document. */
    String resolve(String pointer) {
        String at = pointer;
        JsonNode ref = root.at(at).path("$ref");
        while (ref.isTextual() && ref.asText().startsWith("#/")) {
            at = ref.asText().substring(1);
            ref = root.at(at).path("$ref");
        }
        return at;
    }

    JsonNode node(String pointer) {
        return root.at(pointer);
    }

    /** The validation errors of {@code json} against the schema at {@code pointer}; empty when it conforms. */
    List<String> validate(String pointer, String json) {
        Schema schema = validators.computeIfAbsent(pointer,
                at -> registry.getSchema(SchemaLocation.of(document + "#" + fragment(at))));
        return schema.validate(json, InputFormat.JSON).stream().map(Object::toString).toList();
    }

    /** A JSON pointer written as a URI fragment: the braces of path templates percent-encoded. */
    private static String fragment(String pointer) {
        return pointer.replace("{", "%7B").replace("}", "%7D");
    }

    /** A JSON pointer token: {@code ~} and {@code /} escaped as RFC 6901 says. */
    static String token(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }
}
