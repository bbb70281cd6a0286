package dev.paybridge.adapters.http.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The error catalogue as packed into the jar: one complete section per problem code, anchored by the code. */
class ErrorCatalogueTest {
    private static final Pattern JSON_BLOCK = Pattern.compile("```json\\n(.*?)\\n```", Pattern.DOTALL);
    private static final Pattern STATUS = Pattern.compile("\\*\\*HTTP status:\\*\\* (\\d{3})");

    @Test
    void has_a_section_for_every_problem_code_of_the_openapi_document_and_no_other() throws IOException {
        assertThat(sections().keySet()).containsExactlyInAnyOrderElementsOf(problemCodes());
    }

    @Test
    void each_section_says_when_it_happens_what_to_do_and_shows_an_example_whose_type_points_to_it()
            throws IOException {
        for (Map.Entry<String, String> section : sections().entrySet()) {
            String code = section.getKey();
            String text = section.getValue();
            assertThat(text).as(code).contains("**When it happens.**", "**What to do.**", "**Example.**");
            Matcher block = JSON_BLOCK.matcher(text);
            assertThat(block.find()).as(code + " has a JSON example").isTrue();
            JsonNode example = new ObjectMapper().readTree(block.group(1));
            assertThat(example.path("type").asText()).as(code).isEqualTo("https://paybridge.example/docs/errors#" + code);
            assertThat(example.path("code").asText()).as(code).isEqualTo(code);
            Matcher status = STATUS.matcher(text);
            assertThat(status.find()).as(code + " names its status").isTrue();
            assertThat(example.path("status").asInt()).as(code).isEqualTo(Integer.parseInt(status.group(1)));
        }
    }

    @Test
    void the_rendered_page_anchors_each_section_by_its_code_exactly() throws IOException {
        String html = new String(ErrorCatalogue.load().html(), StandardCharsets.UTF_8);

        for (String code : problemCodes()) {
            assertThat(html).contains("<h2 id=\"" + code + "\">" + code + "</h2>");
        }
    }

    @Test
    void links_to_repository_files_point_to_what_the_service_serves() {
        String html = ErrorCatalogue.render("See [api.md](api.md), [the document](../adapters-http/src/main/resources/"
                + "openapi.yaml) and [RFC 9457](https://www.rfc-editor.org/rfc/rfc9457).");

        assertThat(html).contains("href=\"/docs\"", "href=\"/openapi.json\"",
                "href=\"https://www.rfc-editor.org/rfc/rfc9457\"");
    }

    private static Map<String, String> sections() {
        String markdown = DocsResources.text(ErrorCatalogue.RESOURCE);
        Map<String, String> sections = new LinkedHashMap<>();
        String[] parts = markdown.split("\n## ");
        for (int i = 1; i < parts.length; i++) {
            int end = parts[i].indexOf('\n');
            sections.put(parts[i].substring(0, end).strip(), parts[i].substring(end + 1));
        }
        return sections;
    }

    private static List<String> problemCodes() throws IOException {
        try (InputStream yaml = DocsResources.open(OpenApiDocument.RESOURCE)) {
            List<String> codes = new ArrayList<>();
            new YAMLMapper().readTree(yaml).at("/components/schemas/ProblemCode/enum")
                    .forEach(code -> codes.add(code.asText()));
            assertThat(codes).hasSize(13);
            return codes;
        }
    }
}
