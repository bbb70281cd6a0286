package dev.paybridge.adapters.http.dashboard.session;

import io.javalin.http.Context;
import java.time.Duration;

/**
 * The dashboard's cookies, all HttpOnly, SameSite=Strict, limited to {@code /dashboard} and Secure behind https: the
 * session id, the sign-in form's CSRF token (double submit, before any session exists) and the chosen language.
 */
public final class DashboardCookies {
    public static final String SESSION = "paybridge_session";
    public static final String SIGN_IN = "paybridge_sign_in";
    public static final String LANGUAGE = "paybridge_lang";
    private static final String PATH = "/dashboard";
    private static final Duration SIGN_IN_FORM_LIFETIME = Duration.ofHours(1);
    private static final Duration LANGUAGE_LIFETIME = Duration.ofDays(365);
    private final boolean secure;

    public DashboardCookies(boolean secure) {
        this.secure = secure;
    }

    /** The session cookie: no Max-Age, so the browser drops it when it closes; the server ends it sooner. */
    public void session(Context ctx, String id) {
        set(ctx, SESSION, id, null);
    }

    public void signInToken(Context ctx, String token) {
        set(ctx, SIGN_IN, token, SIGN_IN_FORM_LIFETIME);
    }

    public void language(Context ctx, String code) {
        set(ctx, LANGUAGE, code, LANGUAGE_LIFETIME);
    }

    public void clear(Context ctx, String name) {
        set(ctx, name, "", Duration.ZERO);
    }

    private void set(Context ctx, String name, String value, Duration maxAge) {
        StringBuilder cookie = new StringBuilder(name).append('=').append(value).append("; Path=").append(PATH);
        if (maxAge != null) {
            cookie.append("; Max-Age=").append(maxAge.toSeconds());
        }
        cookie.append("; HttpOnly; SameSite=Strict");
        if (secure) {
            cookie.append("; Secure");
        }
        ctx.addHeader("Set-Cookie", cookie.toString());
    }
}
