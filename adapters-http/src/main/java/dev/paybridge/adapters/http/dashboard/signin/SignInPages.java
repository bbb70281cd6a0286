package dev.paybridge.adapters.http.dashboard.signin;

import dev.paybridge.adapters.http.dashboard.session.DashboardCookies;
import dev.paybridge.adapters.http.dashboard.session.PresentedKey;
import dev.paybridge.adapters.http.dashboard.session.RandomTokens;
import dev.paybridge.adapters.http.dashboard.session.SessionStore;
import dev.paybridge.adapters.http.dashboard.web.DashboardRouter;
import dev.paybridge.adapters.http.dashboard.web.Language;
import dev.paybridge.adapters.http.dashboard.web.Visit;
import dev.paybridge.application.port.in.tenant.AuthenticateApiKeyUseCase;
import dev.paybridge.domain.tenant.Scope;
import io.javalin.http.Context;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sign-in with an API key (sent in a POST body only, never echoed, logged or put in a URL), sign-out, and the
 * language switch. The sign-in form is protected by a double-submit token (a cookie and a hidden field that must
 * match), since no session exists yet; a successful sign-in always starts a new session id.
 */
public final class SignInPages {
    public static final String KEY_FIELD = "api_key";
    public static final String HOME = "/dashboard/integrations";
    private static final Logger LOG = LoggerFactory.getLogger(SignInPages.class);
    private final AuthenticateApiKeyUseCase authenticate;

    public SignInPages(AuthenticateApiKeyUseCase authenticate) {
        this.authenticate = authenticate;
    }

    public void register(DashboardRouter router) {
        router.openPage("/dashboard", visit -> visit.redirect(HOME));
        router.openPage(DashboardRouter.SIGN_IN_PATH, visit -> showForm(router, visit.ctx(), 200, null));
        router.openAction(DashboardRouter.SIGN_IN_PATH, visit -> signIn(router, visit));
        router.action("/dashboard/sign-out", visit -> signOut(router, visit));
        router.openPage("/dashboard/language/{code}", visit -> switchLanguage(router, visit));
    }

    private static void showForm(DashboardRouter router, Context ctx, int status, String errorKey) {
        String token = RandomTokens.next();
        router.cookies().signInToken(ctx, token);
        router.anonymous(ctx, token).page(status, "sign-in", "", new SignInView(errorKey));
    }

    private void signIn(DashboardRouter router, Visit visit) {
        Context ctx = visit.ctx();
        if (!RandomTokens.same(ctx.formParam(DashboardRouter.CSRF_FIELD), ctx.cookie(DashboardCookies.SIGN_IN))) {
            showForm(router, ctx, 403, "signIn.expired");
            return;
        }
        Optional<Scope> scope = authenticate.authenticate(visit.form(KEY_FIELD));
        if (scope.isEmpty()) {
            LOG.info("dashboard sign-in refused: unknown or revoked API key");
            showForm(router, ctx, 401, "signIn.refused");
            return;
        }
        SessionStore sessions = router.sessions();
        sessions.end(ctx.cookie(DashboardCookies.SESSION));
        SessionStore.StartedSession started = sessions.start(scope.get(), new PresentedKey(visit.form(KEY_FIELD)));
        router.cookies().session(ctx, started.id());
        router.cookies().clear(ctx, DashboardCookies.SIGN_IN);
        LOG.info("dashboard session started for {}", scope.get());
        visit.redirect(HOME);
    }

    private static void signOut(DashboardRouter router, Visit visit) {
        router.sessions().end(visit.ctx().cookie(DashboardCookies.SESSION));
        router.cookies().clear(visit.ctx(), DashboardCookies.SESSION);
        visit.redirect(DashboardRouter.SIGN_IN_PATH);
    }

    /** Remembers the language and goes back to the page it was chosen on (a dashboard path only: no open redirect). */
    private static void switchLanguage(DashboardRouter router, Visit visit) {
        Optional<Language> language = Language.find(visit.ctx().pathParam("code"));
        if (language.isEmpty()) {
            visit.notFound();
            return;
        }
        router.cookies().language(visit.ctx(), language.get().code());
        visit.redirect(safeBack(visit.query("back").orElse(HOME)));
    }

    static String safeBack(String back) {
        boolean local = back.startsWith("/dashboard") && !back.startsWith("//") && back.indexOf('\\') < 0
                && back.chars().noneMatch(Character::isISOControl);
        return local ? back : HOME;
    }
}
