package dev.paybridge.bootstrap.testing.contract;

import dev.paybridge.adapters.http.docs.DocsRoutes;
import java.util.List;

/**
 * The one rule for routes the service serves that are not operations of its API, so the OpenAPI document leaves them
 * out: the operator dashboard (HTML pages and their forms under {@code /dashboard}) and the static files the
 * documentation pages load ({@code /docs/assets/…}).
 */
public final class UndocumentedRoutes {
    private static final List<String> PREFIXES = List.of("/dashboard", DocsRoutes.ASSETS_PREFIX);

    private UndocumentedRoutes() {
    }

    /** Whether the path (a template or a request path) lies where the document deliberately says nothing. */
    public static boolean covers(String path) {
        return PREFIXES.stream().anyMatch(prefix -> path.equals(prefix) || path.startsWith(prefix.endsWith("/")
                ? prefix : prefix + "/"));
    }
}
