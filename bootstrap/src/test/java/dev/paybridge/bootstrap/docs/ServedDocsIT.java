package dev.paybridge.bootstrap.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.paybridge.adapters.http.docs.OpenApiDocument;
import dev.paybridge.bootstrap.testing.ApiClient;
import dev.paybridge.bootstrap.testing.ApiClient.Answer;
import dev.paybridge.bootstrap.testing.RunningService;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The contract ships with the service: the document, its rendered reference and the error catalogue, all public. */
class ServedDocsIT {
    private static final Pattern LOADED = Pattern.compile("(?:src|href)=\"([^\"]+)\"");
    private static RunningService service;
    private static ApiClient anonymous;

    @BeforeAll
    static void start() {
        service = RunningService.start();
        anonymous = service.anonymous();
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @Test
    void serves_the_openapi_document_as_json_without_an_api_key() throws IOException {
        Answer served = anonymous.get("/openapi.json");

        assertThat(served.status()).isEqualTo(200);
        assertThat(served.contentType()).startsWith("application/json");
        try (InputStream yaml = getClass().getClassLoader().getResourceAsStream(OpenApiDocument.RESOURCE)) {
            JsonNode shipped = new YAMLMapper().readTree(yaml);
            assertThat(served.json()).isEqualTo(shipped);
        }
    }

    @Test
    void renders_the_reference_with_swagger_ui_loaded_from_the_service_itself() {
        Answer page = anonymous.get("/docs");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body()).contains("<div id=\"swagger-ui\">");
        Matcher loaded = LOADED.matcher(page.body());
        int files = 0;
        while (loaded.find()) {
            String path = loaded.group(1);
            assertThat(path).as("loaded from this origin").startsWith("/");
            if (path.startsWith("/docs/assets/")) {
                Answer asset = anonymous.get(path);
                assertThat(asset.status()).as(path).isEqualTo(200);
                assertThat(asset.body()).as(path).isNotEmpty();
                files++;
            }
        }
        assertThat(files).as("swagger-ui's bundle and stylesheet, the icon and paybridge's script and stylesheet")
                .isEqualTo(5);
    }

    @Test
    void the_pages_allow_scripts_styles_and_requests_from_their_own_origin_only() throws Exception {
        String reference = contentSecurityPolicy("/docs");
        String catalogue = contentSecurityPolicy("/docs/errors");

        assertThat(reference).contains("default-src 'none'", "script-src 'self'", "connect-src 'self'",
                "frame-ancestors 'none'").doesNotContain("unsafe-inline", "unsafe-eval", "http");
        assertThat(catalogue).contains("default-src 'none'", "style-src 'self'").doesNotContain("script-src",
                "unsafe", "http");
    }

    @Test
    void a_problems_type_uri_lands_on_its_section_of_the_served_error_catalogue() {
        Answer problem = anonymous.get("/v1/invoices");
        URI type = URI.create(problem.text("type"));

        assertThat(problem.status()).isEqualTo(401);
        assertThat(type.getPath()).isEqualTo("/docs/errors");
        assertThat(type.getFragment()).isEqualTo("unauthorized");
        Answer catalogue = anonymous.get(type.getPath());
        assertThat(catalogue.status()).isEqualTo(200);
        assertThat(catalogue.contentType()).startsWith("text/html");
        assertThat(catalogue.body()).contains("<h2 id=\"unauthorized\">unauthorized</h2>",
                "<h2 id=\"validation_error\">validation_error</h2>", "<table>");
    }

    @Test
    void an_unknown_documentation_file_is_a_404_problem() {
        Answer missing = anonymous.get("/docs/assets/index.html");

        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.contentType()).startsWith("application/problem+json");
        assertThat(missing.text("code")).isEqualTo("not_found");
    }

    /** Read with a plain client: {@link ApiClient} keeps no headers but the content type. */
    private static String contentSecurityPolicy(String path) throws Exception {
        HttpResponse<Void> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(service.baseUrl() + path)).build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.headers().firstValue("Content-Security-Policy").orElse("");
    }
}
