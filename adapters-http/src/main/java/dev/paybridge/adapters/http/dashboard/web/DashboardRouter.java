package dev.paybridge.adapters.http.dashboard.web;

import dev.paybridge.adapters.http.dashboard.session.DashboardCookies;
import dev.paybridge.adapters.http.dashboard.session.DashboardSession;
import dev.paybridge.adapters.http.dashboard.session.RandomTokens;
import dev.paybridge.adapters.http.dashboard.session.SessionStore;
import dev.paybridge.application.port.in.tenant.AuthenticateApiKeyUseCase;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registers dashboard pages with what each kind needs: signed-in pages find the session from its cookie and check its
 * API key again (else they send the person to sign in); actions (POST) also check the form's CSRF token; open pages
 * (sign-in, language, files) need neither. A failure inside a page is logged and answered with an error page.
 */
public final class DashboardRouter {
    public static final String CSRF_FIELD = "_csrf";
    public static final String SIGN_IN_PATH = "/dashboard/sign-in";
    private static final Logger LOG = LoggerFactory.getLogger(DashboardRouter.class);
    private final RoutesConfig routes;
    private final SessionStore sessions;
    private final AuthenticateApiKeyUseCase authenticate;
    private final DashboardCookies cookies;
    private final Pages pages;

    public DashboardRouter(RoutesConfig routes, SessionStore sessions, AuthenticateApiKeyUseCase authenticate,
            DashboardCookies cookies, Pages pages) {
        this.routes = routes;
        this.sessions = sessions;
        this.authenticate = authenticate;
        this.cookies = cookies;
        this.pages = pages;
    }

    /** A page (GET) for a signed-in person. */
    public void page(String path, PageHandler handler) {
        routes.get(path, signedIn(handler, false));
    }

    /** An action (POST) of a signed-in person, refused (403) without the session's CSRF token. */
    public void action(String path, PageHandler handler) {
        routes.post(path, signedIn(handler, true));
    }

    /** A GET needing no session; {@code csrfToken} is null. */
    public void openPage(String path, PageHandler handler) {
        routes.get(path, ctx -> guarded(new Visit(ctx, null, language(ctx), null, pages), handler));
    }

    /** A POST needing no session (sign-in checks its own token). */
    public void openAction(String path, PageHandler handler) {
        routes.post(path, ctx -> guarded(new Visit(ctx, null, language(ctx), null, pages), handler));
    }

    /** A visit with a token of its own (the sign-in form's), for pages shown before any session exists. */
    public Visit anonymous(Context ctx, String csrfToken) {
        return new Visit(ctx, null, language(ctx), csrfToken, pages);
    }

    public DashboardCookies cookies() {
        return cookies;
    }

    public SessionStore sessions() {
        return sessions;
    }

    /** A plain GET route under the dashboard (its files). */
    public void raw(String path, Handler handler) {
        routes.get(path, handler);
    }

    private Handler signedIn(PageHandler handler, boolean action) {
        return ctx -> {
            Optional<DashboardSession> session = currentSession(ctx);
            if (session.isEmpty()) {
                SecurityHeaders.apply(ctx);
                ctx.redirect(SIGN_IN_PATH, HttpStatus.SEE_OTHER);
                return;
            }
            Visit visit = new Visit(ctx, session.get(), language(ctx), session.get().csrfToken(), pages);
            if (action && !RandomTokens.same(ctx.formParam(CSRF_FIELD), session.get().csrfToken())) {
                LOG.warn("dashboard action {} refused: missing or wrong CSRF token", ctx.path());
                visit.page(403, "forbidden", "", "");
                return;
            }
            guarded(visit, handler);
        };
    }

    /** The session of the cookie, if it is live and its key still authenticates to the same scope. */
    private Optional<DashboardSession> currentSession(Context ctx) {
        String id = ctx.cookie(DashboardCookies.SESSION);
        Optional<DashboardSession> session = sessions.find(id);
        if (session.isPresent() && !authenticate.authenticate(session.get().key().value())
                .filter(session.get().scope()::equals).isPresent()) {
            sessions.end(id);
            return Optional.empty();
        }
        return session;
    }

    private static Language language(Context ctx) {
        return Language.resolve(ctx.cookie(DashboardCookies.LANGUAGE), ctx.header("Accept-Language"));
    }

    private static void guarded(Visit visit, PageHandler handler) {
        try {
            handler.handle(visit);
        } catch (RuntimeException failure) {
            LOG.error("dashboard page {} {} failed", visit.ctx().method(), visit.ctx().path(), failure);
            visit.page(500, "error", "", "");
        }
    }
}
