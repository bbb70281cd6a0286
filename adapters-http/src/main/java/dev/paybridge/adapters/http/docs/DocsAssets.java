package dev.paybridge.adapters.http.docs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The files the documentation pages load, all from the jar: swagger-ui's from its webjar and paybridge's own. Only
 * the files named here are served.
 */
public final class DocsAssets {
    private static final String WEBJAR_POM = "META-INF/maven/org.webjars/swagger-ui/pom.properties";
    private static final String OWN = "paybridge-docs/";
    private final Map<String, Asset> assets;

    private DocsAssets(Map<String, Asset> assets) {
        this.assets = assets;
    }

    /** The assets, each checked to be on the class path now rather than on a reader's first visit. */
    public static DocsAssets load() {
        String webjar = "META-INF/resources/webjars/swagger-ui/" + swaggerUiVersion() + "/";
        Map<String, Asset> assets = Map.of(
                "swagger-ui.css", new Asset(webjar + "swagger-ui.css", "text/css; charset=utf-8"),
                "swagger-ui-bundle.js", new Asset(webjar + "swagger-ui-bundle.js", "text/javascript; charset=utf-8"),
                "favicon-32x32.png", new Asset(webjar + "favicon-32x32.png", "image/png"),
                "api-reference.js", new Asset(OWN + "api-reference.js", "text/javascript; charset=utf-8"),
                "paybridge-docs.css", new Asset(OWN + "paybridge-docs.css", "text/css; charset=utf-8"));
        assets.values().forEach(asset -> {
            if (!DocsResources.exists(asset.resource())) {
                throw new IllegalStateException(asset.resource() + " is missing from the class path");
            }
        });
        return new DocsAssets(assets);
    }

    public Optional<Asset> find(String name) {
        return Optional.ofNullable(assets.get(name));
    }

    private static String swaggerUiVersion() {
        try (InputStream pom = DocsResources.open(WEBJAR_POM)) {
            Properties properties = new Properties();
            properties.load(pom);
            return properties.getProperty("version");
        } catch (IOException unreadable) {
            throw new UncheckedIOException("cannot read " + WEBJAR_POM, unreadable);
        }
    }

    /** One served file: where it lies on the class path and its content type. */
    public record Asset(String resource, String contentType) {
        public InputStream open() {
            return DocsResources.open(resource);
        }
    }
}
