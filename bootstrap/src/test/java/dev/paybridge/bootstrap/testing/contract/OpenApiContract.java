package dev.paybridge.bootstrap.testing.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialects;
import dev.paybridge.adapters.http.docs.OpenApiDocument;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The OpenAPI document the service ships, as the tests read it: its operations found by method and path, each able
 * to check a request and a response against the document's JSON Schemas (OpenAPI 3.1 dialect, formats asserted).
 */
public final class OpenApiContract {
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options",
            "trace");
    private static final OpenApiContract SHIPPED = load();
    private static final String PROBLEM_JSON = "application/problem+json";
    private final List<Operation> operations;
    private final BodySchemas schemas;

    private OpenApiContract(List<Operation> operations, BodySchemas schemas) {
        this.operations = operations;
        this.schemas = schemas;
    }

    /** The document on the class path, the one the service serves at {@code /openapi.json}. */
    public static OpenApiContract shipped() {
        return SHIPPED;
    }

    /** Every operation of the document as {@code METHOD /path/{template}}. */
    public Set<String> operationKeys() {
        Set<String> keys = new TreeSet<>();
        operations.forEach(operation -> keys.add(operation.key()));
        return keys;
    }

    /** The operation that serves this method and request path (no query string); a literal path wins over a template. */
    public Optional<Operation> find(String method, String requestPath) {
        String path = requestPath.length() > 1 && requestPath.endsWith("/")
                ? requestPath.substring(0, requestPath.length() - 1) : requestPath;
        return operations.stream()
                .filter(operation -> operation.method().equalsIgnoreCase(method) && operation.path().matches(path))
                .min(Comparator.comparingInt(operation -> operation.path().parameterCount()));
    }

    /** What is wrong with the answer to a request no operation serves: it must be a 404 or 405 problem document. */
    public List<String> unservedRouteViolations(int status, String contentType, String body) {
        if (status != 404 && status != 405) {
            return List.of("no operation of the document serves this method and path, yet it answered " + status);
        }
        if (contentType == null || !contentType.startsWith(PROBLEM_JSON)) {
            return List.of("content type '" + contentType + "' is not " + PROBLEM_JSON);
        }
        return schemas.validate("/components/schemas/Problem", body);
    }

    private static OpenApiContract load() {
        JsonNode document;
        try (InputStream yaml = OpenApiContract.class.getClassLoader().getResourceAsStream(OpenApiDocument.RESOURCE)) {
            if (yaml == null) {
                throw new IllegalStateException(OpenApiDocument.RESOURCE + " is not on the test class path");
            }
            document = new YAMLMapper().readTree(yaml);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        SchemaRegistry registry = SchemaRegistry.withDialect(Dialects.getOpenApi31(), builder -> builder
                .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
        BodySchemas schemas = new BodySchemas(registry, SchemaLocation.of("classpath:" + OpenApiDocument.RESOURCE),
                document);
        List<Operation> operations = new ArrayList<>();
        document.path("paths").properties().forEach(path -> path.getValue().properties().forEach(entry -> {
            if (METHODS.contains(entry.getKey())) {
                operations.add(new Operation(entry.getKey().toUpperCase(Locale.ROOT), PathTemplate.of(path.getKey()),
                        schemas));
            }
        }));
        return new OpenApiContract(List.copyOf(operations), schemas);
    }
}
