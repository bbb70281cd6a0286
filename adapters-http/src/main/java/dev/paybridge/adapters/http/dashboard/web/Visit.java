package dev.paybridge.adapters.http.dashboard.web;

import dev.paybridge.adapters.http.dashboard.session.DashboardSession;
import dev.paybridge.adapters.http.dashboard.session.Flash;
import dev.paybridge.application.outcome.Refusal;
import dev.paybridge.application.outcome.RefusalKind;
import dev.paybridge.domain.tenant.Scope;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Optional;

/** One request to a dashboard page: its context, the signed-in session (if any), its language, and how it answers. */
public final class Visit {
    private final Context ctx;
    private final DashboardSession session;
    private final Language language;
    private final String csrfToken;
    private final Pages pages;
    private String shownPath;

    Visit(Context ctx, DashboardSession session, Language language, String csrfToken, Pages pages) {
        this.ctx = ctx;
        this.session = session;
        this.language = language;
        this.csrfToken = csrfToken;
        this.pages = pages;
    }

    public Context ctx() {
        return ctx;
    }

    /** The tenant environment of the signed-in person. */
    public Scope scope() {
        return session().scope();
    }

    public DashboardSession session() {
        if (session == null) {
            throw new IllegalStateException("page " + ctx.path() + " is not behind sign-in");
        }
        return session;
    }

    public Language language() {
        return language;
    }

    public Frame frame(String nav) {
        return new Frame(language, pages.texts(language), new Formats(language), shownPath(), csrfToken,
                session != null, session == null ? Optional.empty() : session.takeFlash(), nav);
    }

    /** Names the page an action answers with (its form's page), for the language switch; a GET is its own page. */
    public Visit showing(String path) {
        this.shownPath = path;
        return this;
    }

    private String shownPath() {
        if (shownPath != null) {
            return shownPath;
        }
        String query = ctx.queryString();
        return ctx.path() + (query == null || !ctx.method().name().equals("GET") ? "" : "?" + query);
    }

    /** A text in this visit's language. */
    public String text(String key) {
        return pages.texts(language).lookup(key);
    }

    /** Answers with the page {@code dashboard/<name>.jte}. */
    public void page(String name, String nav, Object view) {
        page(200, name, nav, view);
    }

    public void page(int status, String name, String nav, Object view) {
        pages.renderer().render(ctx, status, name, frame(nav), view);
    }

    /** After an action: see {@code path} (303, so a reload does not repeat the action). */
    public void redirect(String path) {
        SecurityHeaders.apply(ctx);
        ctx.redirect(path, HttpStatus.SEE_OTHER);
    }

    /** After an action: see {@code path} with a notice about what happened. */
    public void redirect(String path, Flash notice) {
        session().flash(notice);
        redirect(path);
    }

    /** The page of an object that does not exist here: 404, exactly as the API answers for another tenant's. */
    public void notFound() {
        page(404, "not-found", "", "");
    }

    /**
     * Answers a use case's refusal of an action: an unknown (or another tenant's) object is the 404 page; any other
     * refusal goes back to {@code back} with the use case's own explanation.
     */
    public void refused(Refusal refusal, String back) {
        if (refusal.kind() == RefusalKind.NOT_FOUND) {
            notFound();
        } else {
            redirect(back, Flash.failure("notice.refused", refusal.detail()));
        }
    }

    /** A form field, trimmed; empty when absent. */
    public String form(String name) {
        String value = ctx.formParam(name);
        return value == null ? "" : value.trim();
    }

    /** A query parameter, trimmed; empty when absent or blank. */
    public Optional<String> query(String name) {
        return Optional.ofNullable(ctx.queryParam(name)).map(String::trim).filter(value -> !value.isEmpty());
    }
}
