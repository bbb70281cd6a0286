package dev.paybridge.adapters.http.docs;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.node.Link;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * The error catalogue ({@code docs/errors.md}, packed into the jar) rendered once to the HTML page served at
 * {@code /docs/errors}; each {@code ## <code>} heading gets the id {@code <code>}, so a problem's {@code type} URI
 * ({@code …/docs/errors#<code>}) lands on its section.
 */
public final class ErrorCatalogue {
    /** Where the build packs {@code docs/errors.md}. */
    public static final String RESOURCE = "paybridge-docs/errors.md";
    /** Links between repository files that, on the served page, point to what the service serves instead. */
    private static final Map<String, String> SERVED_LINKS = Map.of(
            "api.md", "/docs",
            "../adapters-http/src/main/resources/openapi.yaml", "/openapi.json");
    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>paybridge error catalogue</title>
            <link rel="stylesheet" href="/docs/assets/paybridge-docs.css">
            </head>
            <body>
            <nav><a href="/docs">API reference</a> · <a href="/docs/errors">Error catalogue</a> · <a href="/openapi.json">openapi.json</a></nav>
            <main>
            %s</main>
            </body>
            </html>
            """;
    private final byte[] html;

    private ErrorCatalogue(byte[] html) {
        this.html = html;
    }

    public static ErrorCatalogue load() {
        return new ErrorCatalogue(PAGE.formatted(render(DocsResources.text(RESOURCE))).getBytes(StandardCharsets.UTF_8));
    }

    /** The Markdown as an HTML fragment: tables, anchored headings, repository links pointed at the served pages. */
    static String render(String markdown) {
        List<Extension> extensions = List.of(TablesExtension.create(), HeadingAnchorExtension.create());
        Parser parser = Parser.builder().extensions(extensions).build();
        HtmlRenderer renderer = HtmlRenderer.builder().extensions(extensions).escapeHtml(true)
                .attributeProviderFactory(context -> (node, tagName, attributes) -> {
                    if (node instanceof Link link && SERVED_LINKS.containsKey(link.getDestination())) {
                        attributes.put("href", SERVED_LINKS.get(link.getDestination()));
                    }
                })
                .build();
        return renderer.render(parser.parse(markdown));
    }

    public byte[] html() {
        return html.clone();
    }
}
