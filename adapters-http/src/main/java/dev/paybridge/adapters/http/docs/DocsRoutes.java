package dev.paybridge.adapters.http.docs;

import dev.paybridge.adapters.http.RouteGroup;
import dev.paybridge.adapters.http.support.ProblemException;
import dev.paybridge.adapters.http.support.Responses;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/**
 * The public API reference, served from the jar: {@code /openapi.json}, the rendered reference at {@code /docs}
 * (swagger-ui), the error catalogue at {@code /docs/errors} and the files those pages load under
 * {@code /docs/assets/}. Nothing is fetched from elsewhere; the pages' Content-Security-Policy allows only this origin.
 */
public final class DocsRoutes implements RouteGroup {
    /** Where the pages' own files are served; these routes are not operations of the API and are not in its document. */
    public static final String ASSETS_PREFIX = "/docs/assets/";
    static final String REFERENCE_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
    static final String CATALOGUE_POLICY = "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; "
            + "form-action 'none'; frame-ancestors 'none'";
    private static final String HTML = "text/html; charset=utf-8";
    private final Supplier<byte[]> openApiJson;
    private final Supplier<byte[]> referencePage;
    private final Supplier<byte[]> cataloguePage;
    private final Supplier<DocsAssets> assets;

    /** Each document is read and converted on its first request: the reference costs a start-up nothing. */
    @Inject
    public DocsRoutes() {
        this(() -> OpenApiDocument.load(), () -> ErrorCatalogue.load(), () -> DocsAssets.load());
    }

    DocsRoutes(Supplier<OpenApiDocument> document, Supplier<ErrorCatalogue> catalogue, Supplier<DocsAssets> assets) {
        this.openApiJson = once(() -> document.get().json());
        this.referencePage = once(() -> DocsResources.text("paybridge-docs/api-reference.html")
                .getBytes(StandardCharsets.UTF_8));
        this.cataloguePage = once(() -> catalogue.get().html());
        this.assets = once(assets);
    }

    /** {@code make}'s value, made by the first caller and kept. */
    private static <T> Supplier<T> once(Supplier<T> make) {
        return new Supplier<>() {
            private volatile T made;

            @Override
            public T get() {
                T value = made;
                if (value == null) {
                    synchronized (this) {
                        value = made;
                        if (value == null) {
                            value = make.get();
                            made = value;
                        }
                    }
                }
                return value;
            }
        };
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/openapi.json", ctx -> Responses.json(ctx, 200, openApiJson.get()));
        routes.get("/docs", ctx -> page(ctx, referencePage.get(), REFERENCE_POLICY));
        routes.get("/docs/errors", ctx -> page(ctx, cataloguePage.get(), CATALOGUE_POLICY));
        routes.get(ASSETS_PREFIX + "{file}", this::asset);
    }

    private static void page(Context ctx, byte[] html, String policy) {
        ctx.header("Content-Security-Policy", policy).header("X-Content-Type-Options", "nosniff")
                .contentType(HTML).result(html);
    }

    private void asset(Context ctx) {
        DocsAssets.Asset asset = assets.get().find(ctx.pathParam("file")).orElseThrow(() -> new ProblemException(404,
                "not_found", "no such documentation file: " + ctx.pathParam("file")));
        ctx.header("Cache-Control", "public, max-age=3600").header("X-Content-Type-Options", "nosniff")
                .contentType(asset.contentType()).result(asset.open());
    }
}
