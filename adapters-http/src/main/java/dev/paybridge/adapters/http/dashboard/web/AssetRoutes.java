package dev.paybridge.adapters.http.dashboard.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/** Serves the dashboard's own style sheet and script from the jar: no CDN, no build step, nothing inline. */
public final class AssetRoutes {
    private static final String FOLDER = "/dev/paybridge/adapters/http/dashboard/assets/";
    private static final Map<String, String> TYPES = Map.of(
            "dashboard.css", "text/css; charset=utf-8",
            "dashboard.js", "text/javascript; charset=utf-8");
    private final Map<String, byte[]> files = new HashMap<>();

    public AssetRoutes() {
        TYPES.keySet().forEach(name -> files.put(name, read(name)));
    }

    public void register(DashboardRouter router) {
        router.raw("/dashboard/assets/{name}", this::serve);
    }

    private void serve(Context ctx) {
        String name = ctx.pathParam("name");
        byte[] body = files.get(name);
        SecurityHeaders.apply(ctx);
        if (body == null) {
            ctx.status(404).contentType("text/plain; charset=utf-8").result("no such file");
            return;
        }
        ctx.header("Cache-Control", "no-cache");
        ctx.contentType(TYPES.get(name)).result(body);
    }

    private static byte[] read(String name) {
        try (InputStream in = AssetRoutes.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("dashboard file " + name + " is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
