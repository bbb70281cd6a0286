package dev.paybridge.adapters.http.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/** The reference page's files and the OpenAPI document come from the jar, and nothing else is served as an asset. */
class DocsAssetsTest {

    @Test
    void serves_swagger_ui_from_its_webjar_and_paybridges_own_files() throws IOException {
        DocsAssets assets = DocsAssets.load();

        for (String name : new String[] {"swagger-ui.css", "swagger-ui-bundle.js", "favicon-32x32.png",
                "api-reference.js", "paybridge-docs.css"}) {
            DocsAssets.Asset asset = assets.find(name).orElseThrow();
            try (InputStream content = asset.open()) {
                assertThat(content.readAllBytes()).as(name).isNotEmpty();
            }
        }
    }

    @Test
    void serves_no_file_outside_its_list() {
        DocsAssets assets = DocsAssets.load();

        assertThat(assets.find("index.html")).isEmpty();
        assertThat(assets.find("..%2Fopenapi.yaml")).isEmpty();
        assertThat(assets.find("swagger-initializer.js")).isEmpty();
    }

    @Test
    void the_reference_page_loads_only_scripts_of_its_own_origin() {
        String page = DocsResources.text("paybridge-docs/api-reference.html");

        assertThat(page).doesNotContain("http://", "https://", "<script>", "style=");
        assertThat(DocsRoutes.REFERENCE_POLICY).contains("script-src 'self'").doesNotContain("unsafe");
    }

    @Test
    void the_openapi_document_is_served_as_json_converted_from_the_yaml() throws IOException {
        JsonNode document = new ObjectMapper().readTree(OpenApiDocument.load().json());

        assertThat(document.path("openapi").asText()).isEqualTo("3.1.0");
        assertThat(document.path("paths").has("/v1/invoices")).isTrue();
    }
}
