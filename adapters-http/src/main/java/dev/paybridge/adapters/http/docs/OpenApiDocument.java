package dev.paybridge.adapters.http.docs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The OpenAPI document shipped in the jar ({@code openapi.yaml}), converted once to the JSON served at {@code /openapi.json}. */
public final class OpenApiDocument {
    /** Where the document lies on the class path. */
    public static final String RESOURCE = "openapi.yaml";
    private final byte[] json;

    private OpenApiDocument(byte[] json) {
        this.json = json;
    }

    public static OpenApiDocument load() {
        try (InputStream yaml = DocsResources.open(RESOURCE)) {
            JsonNode document = new YAMLMapper().readTree(yaml);
            return new OpenApiDocument(new ObjectMapper().writeValueAsBytes(document));
        } catch (IOException unreadable) {
            throw new UncheckedIOException("cannot read " + RESOURCE + " from the class path", unreadable);
        }
    }

    public byte[] json() {
        return json.clone();
    }
}
