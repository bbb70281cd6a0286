package dev.paybridge.bootstrap.testing.contract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** One operation of the document (a method on a path), which says whether a request and a response conform to it. */
public final class Operation {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final String method;
    private final PathTemplate path;
    private final String pointer;
    private final BodySchemas schemas;

    Operation(String method, PathTemplate path, BodySchemas schemas) {
        this.method = method;
        this.path = path;
        this.pointer = "/paths/" + BodySchemas.token(path.template()) + "/" + method.toLowerCase(Locale.ROOT);
        this.schemas = schemas;
    }

    String method() {
        return method;
    }

    PathTemplate path() {
        return path;
    }

    String key() {
        return method + " " + path.template();
    }

    /** The operation's id and route, for failure messages: {@code createInvoice (POST /v1/invoices)}. */
    public String name() {
        return schemas.node(pointer).path("operationId").asText("?") + " (" + key() + ")";
    }

    /** What the document does not allow in this answer: an undeclared status or content type, or a body off its schema. */
    public List<String> responseViolations(int status, String contentType, String body) {
        String response = pointer + "/responses/" + status;
        if (schemas.node(response).isMissingNode()) {
            return List.of("status " + status + " is not declared for this operation");
        }
        return bodyViolations("response", schemas.resolve(response), contentType, body);
    }

    /** What the document does not allow in this request's body (a request the server accepted must conform). */
    public List<String> requestViolations(String contentType, String body) {
        String requestBody = pointer + "/requestBody";
        if (schemas.node(requestBody).isMissingNode()) {
            return body == null || body.isEmpty() ? List.of()
                    : List.of("request: a body was sent, but this operation declares none");
        }
        String resolved = schemas.resolve(requestBody);
        if (body == null || body.isEmpty()) {
            return schemas.node(resolved).path("required").asBoolean(false)
                    ? List.of("request: the required body is missing") : List.of();
        }
        return bodyViolations("request", resolved, contentType == null ? "application/json" : contentType, body);
    }

    private List<String> bodyViolations(String side, String at, String contentType, String body) {
        JsonNode content = schemas.node(at).path("content");
        boolean empty = body == null || body.isEmpty();
        if (content.isMissingNode() || content.isEmpty()) {
            return empty ? List.of() : List.of(side + ": a body was sent where the document declares none");
        }
        String mediaType = mediaType(contentType);
        if (!content.has(mediaType)) {
            List<String> declared = new ArrayList<>();
            content.fieldNames().forEachRemaining(declared::add);
            return List.of(side + ": content type '" + contentType + "' is not one of " + declared);
        }
        if (empty) {
            return List.of(side + ": the body is empty where the document declares " + mediaType);
        }
        String schema = at + "/content/" + BodySchemas.token(mediaType) + "/schema";
        String json = mediaType.endsWith("json") ? body : quoted(body);
        return schemas.validate(schema, json).stream().map(error -> side + ": " + error).toList();
    }

    private static String mediaType(String contentType) {
        return contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    }

    private static String quoted(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (JsonProcessingException impossible) {
            throw new UncheckedIOException(impossible);
        }
    }
}
