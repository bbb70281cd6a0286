package dev.paybridge.adapters.http.dashboard.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import java.util.Map;

/** Renders the dashboard's jte templates, compiled to classes at build time, as HTML answers with the security headers. */
public final class PageRenderer {
    private final TemplateEngine templates = TemplateEngine.createPrecompiled(ContentType.Html);

    /** Renders {@code dashboard/<name>.jte} with a {@code frame} and a {@code view}. */
    public void render(Context ctx, int status, String name, Frame frame, Object view) {
        StringOutput html = new StringOutput();
        templates.render("dashboard/" + name + ".jte", Map.of("frame", frame, "view", view), html);
        SecurityHeaders.apply(ctx);
        ctx.status(status).contentType("text/html; charset=utf-8").result(html.toString());
    }
}
