package dev.paybridge.adapters.http.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.paybridge.adapters.http.dashboard.DashboardClient.Page;
import dev.paybridge.adapters.http.dashboard.session.DashboardCookies;
import dev.paybridge.adapters.http.dashboard.session.SessionPolicy;
import dev.paybridge.adapters.http.dashboard.web.SecurityHeaders;
import dev.paybridge.application.page.PageRequest;
import dev.paybridge.application.port.in.tenant.IssueApiKeyCommand;
import dev.paybridge.application.port.in.tenant.IssuedApiKey;
import dev.paybridge.domain.connection.ConnectionStatus;
import dev.paybridge.domain.invoice.Invoice;
import dev.paybridge.domain.tenant.Scope;
import dev.paybridge.testing.app.Scenario;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The dashboard's own rules, against the real HTTP server on a random port over the application on fakes. */
class DashboardSecurityIT {
    private static DashboardServer shared;
    private DashboardServer server;
    private DashboardServer own;

    @BeforeAll
    static void startShared() {
        shared = DashboardServer.start();
    }

    @AfterAll
    static void stopShared() {
        shared.close();
    }

    @BeforeEach
    void useShared() {
        server = shared;
    }

    @AfterEach
    void stopOwn() {
        if (own != null) {
            own.close();
        }
    }

    /** A server of this test's own, for another session policy. */
    private DashboardServer own(SessionPolicy policy) {
        own = new DashboardServer(policy);
        server = own;
        return own;
    }

    @Test
    void signing_in_starts_an_http_only_same_site_strict_session_limited_to_the_dashboard() {
        Page signedIn = server.client().signIn(key(new Scenario(server.app).tenant()));

        assertThat(signedIn.status()).isEqualTo(303);
        assertThat(signedIn.header("Location")).isEqualTo("/dashboard/integrations");
        assertThat(signedIn.setCookie(DashboardCookies.SESSION)).contains("HttpOnly", "SameSite=Strict",
                "Path=/dashboard").doesNotContain("Secure", "Max-Age");
    }

    @Test
    void cookies_are_secure_when_the_public_base_url_is_https() {
        own(SessionPolicy.forPublicBaseUrl("https://paybridge.example.test"));
        Page form = server.client().get("/dashboard/sign-in");
        Page signedIn = server.client().signIn(key(new Scenario(server.app).tenant()));

        assertThat(form.setCookie(DashboardCookies.SIGN_IN)).contains("Secure", "HttpOnly", "SameSite=Strict");
        assertThat(signedIn.setCookie(DashboardCookies.SESSION)).contains("Secure", "HttpOnly", "SameSite=Strict");
    }

    @Test
    void every_answer_carries_the_strict_content_security_policy() {
        DashboardClient browser = server.client();
        browser.signIn(key(new Scenario(server.app).tenant()));

        for (String path : new String[] {"/dashboard/sign-in", "/dashboard/integrations", "/dashboard/invoices",
            "/dashboard/invoices/new", "/dashboard/events", "/dashboard/invoices/inv_unknown", "/dashboard"}) {
            Page page = browser.get(path);
            assertThat(page.header("Content-Security-Policy")).as(path).isEqualTo(SecurityHeaders.CONTENT_SECURITY_POLICY);
            assertThat(page.header("Cache-Control")).as(path).isEqualTo("no-store");
            assertThat(page.header("X-Frame-Options")).as(path).isEqualTo("DENY");
            assertThat(page.body()).as(path).doesNotContain("<script>", "style=\"", " onclick=");
        }
        assertThat(SecurityHeaders.CONTENT_SECURITY_POLICY).contains("default-src 'none'", "script-src 'self'",
                "style-src 'self'", "frame-ancestors 'none'", "form-action 'self'").doesNotContain("unsafe");
    }

    @Test
    void an_action_without_the_session_csrf_token_is_refused_and_changes_nothing() {
        Scope scope = new Scenario(server.app).tenantWithConnection();
        Invoice invoice = new Scenario(server.app).finalized(scope, "45.00");
        DashboardClient browser = server.client();
        browser.signIn(key(scope));

        Page withoutToken = browser.post("/dashboard/invoices/" + invoice.id().value() + "/void", Map.of());
        Page withForgedToken = browser.post("/dashboard/invoices/" + invoice.id().value() + "/void",
                Map.of("_csrf", "forged-token"));

        assertThat(withoutToken.status()).isEqualTo(403);
        assertThat(withForgedToken.status()).isEqualTo(403);
        assertThat(withoutToken.header("Content-Security-Policy")).isNotNull();
        assertThat(new Scenario(server.app).invoice(scope, invoice.id()).status().wireName()).isEqualTo("finalized");
    }

    @Test
    void another_sessions_csrf_token_does_not_pass() {
        Scope scope = new Scenario(server.app).tenantWithConnection();
        Invoice invoice = new Scenario(server.app).finalized(scope, "45.00");
        DashboardClient mine = server.client();
        DashboardClient attacker = server.client();
        mine.signIn(key(scope));
        attacker.signIn(key(new Scenario(server.app).tenant()));
        String attackersToken = attacker.get("/dashboard/integrations").csrfToken();

        Page forged = mine.post("/dashboard/invoices/" + invoice.id().value() + "/void", Map.of("_csrf", attackersToken));

        assertThat(forged.status()).isEqualTo(403);
        Page real = mine.post("/dashboard/invoices/" + invoice.id().value() + "/void",
                Map.of("_csrf", mine.get("/dashboard/invoices/" + invoice.id().value()).csrfToken()));
        assertThat(real.status()).isEqualTo(303);
        assertThat(new Scenario(server.app).invoice(scope, invoice.id()).status().wireName()).isEqualTo("voided");
    }

    @Test
    void signing_in_without_the_forms_own_token_is_refused() {
        String apiKey = key(new Scenario(server.app).tenant());
        DashboardClient browser = server.client();
        int sessions = server.sessions.size();

        Page refused = browser.post("/dashboard/sign-in", Map.of("api_key", apiKey, "_csrf", "guessed"));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.setCookie(DashboardCookies.SESSION)).isNull();
        assertThat(server.sessions.size()).isEqualTo(sessions);
    }

    @Test
    void an_unknown_key_is_refused_and_never_echoed() {
        int sessions = server.sessions.size();
        Page refused = server.client().signIn("pbk_not_a_real_key_1234567890");

        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.body()).contains("sign-in-error").doesNotContain("pbk_not_a_real_key_1234567890");
        assertThat(server.sessions.size()).isEqualTo(sessions);
    }

    @Test
    void the_api_key_appears_in_no_log_line_url_cookie_or_page() {
        String apiKey = key(new Scenario(server.app).tenant());
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> logs = new ListAppender<>();
        logs.start();
        root.addAppender(logs);
        try {
            DashboardClient browser = server.client();
            Page signedIn = browser.signIn(apiKey);
            Page home = browser.get(signedIn.header("Location"));
            browser.signIn("pbk_wrong_" + apiKey);

            assertThat(signedIn.header("Location")).doesNotContain(apiKey);
            assertThat(signedIn.setCookies()).noneMatch(cookie -> cookie.contains(apiKey));
            assertThat(home.body()).doesNotContain(apiKey);
            assertThat(logs.list).isNotEmpty().noneMatch(event -> event.getFormattedMessage().contains(apiKey)
                    || (event.getThrowableProxy() != null && event.getThrowableProxy().getMessage() != null
                            && event.getThrowableProxy().getMessage().contains(apiKey)));
        } finally {
            root.detachAppender(logs);
        }
    }

    @Test
    void signing_out_ends_the_session_even_for_a_kept_cookie() {
        DashboardClient browser = server.client();
        browser.signIn(key(new Scenario(server.app).tenant()));
        String kept = browser.cookie(DashboardCookies.SESSION);

        Page signedOut = browser.post("/dashboard/sign-out",
                Map.of("_csrf", browser.get("/dashboard/integrations").csrfToken()));
        DashboardClient replay = server.client();
        replay.setCookie(DashboardCookies.SESSION, kept);

        assertThat(signedOut.status()).isEqualTo(303);
        assertThat(signedOut.setCookie(DashboardCookies.SESSION)).contains("Max-Age=0");
        assertThat(replay.get("/dashboard/integrations").header("Location")).isEqualTo("/dashboard/sign-in");
    }

    @Test
    void a_session_ends_after_its_idle_time() {
        DashboardClient browser = server.client();
        browser.signIn(key(new Scenario(server.app).tenant()));

        server.app.clock.advance(SessionPolicy.DEFAULT_IDLE.minusSeconds(1));
        assertThat(browser.get("/dashboard/integrations").status()).as("used in time").isEqualTo(200);
        server.app.clock.advance(SessionPolicy.DEFAULT_IDLE);

        assertThat(browser.get("/dashboard/integrations").header("Location")).isEqualTo("/dashboard/sign-in");
    }

    @Test
    void a_session_in_use_still_ends_at_its_absolute_lifetime() {
        own(new SessionPolicy(Duration.ofMinutes(30), Duration.ofHours(2), 100, false));
        DashboardClient browser = server.client();
        browser.signIn(key(new Scenario(server.app).tenant()));

        for (int i = 0; i < 4; i++) {
            server.app.clock.advance(Duration.ofMinutes(29));
            assertThat(browser.get("/dashboard/invoices").status()).isEqualTo(200);
        }
        server.app.clock.advance(Duration.ofMinutes(5));

        assertThat(browser.get("/dashboard/invoices").status()).isEqualTo(303);
    }

    @Test
    void a_revoked_key_ends_its_dashboard_sessions_at_once() {
        Scope scope = new Scenario(server.app).tenant();
        IssuedApiKey issued = Scenario.done(server.app.issueApiKey.issueApiKey(
                new IssueApiKeyCommand(scope.tenantId(), scope.environmentId(), "dashboard")));
        DashboardClient browser = server.client();
        browser.signIn(issued.secret().plaintext());

        server.app.revokeApiKey.revokeApiKey(issued.key().id());

        assertThat(browser.get("/dashboard/integrations").header("Location")).isEqualTo("/dashboard/sign-in");
    }

    @Test
    void another_tenants_invoice_and_connection_are_not_found() {
        Scenario scenario = new Scenario(server.app);
        Scope theirs = scenario.tenantWithConnection();
        Invoice theirInvoice = scenario.finalized(theirs, "10.00");
        String theirConnection = server.app.listConnections.listConnections(theirs, Optional.empty(),
                ConnectionStatus.ACTIVE, new PageRequest(1, 0)).items().get(0).connection().id().value();
        DashboardClient browser = server.client();
        browser.signIn(key(scenario.tenantWithConnection()));
        String token = browser.get("/dashboard/invoices").csrfToken();

        assertThat(browser.get("/dashboard/invoices/" + theirInvoice.id().value()).status()).isEqualTo(404);
        assertThat(browser.get("/dashboard/connections/" + theirConnection).status()).isEqualTo(404);
        assertThat(browser.post("/dashboard/invoices/" + theirInvoice.id().value() + "/void", Map.of("_csrf", token))
                .status()).isEqualTo(404);
        assertThat(browser.post("/dashboard/connections/" + theirConnection + "/archive", Map.of("_csrf", token))
                .status()).isEqualTo(404);
        assertThat(browser.get("/dashboard/invoices/not-an-id").status()).isEqualTo(404);
        assertThat(scenario.invoice(theirs, theirInvoice.id()).status().wireName()).isEqualTo("finalized");
    }

    private String key(Scope scope) {
        return Scenario.done(server.app.issueApiKey.issueApiKey(new IssueApiKeyCommand(scope.tenantId(),
                scope.environmentId(), "dashboard"))).secret().plaintext();
    }
}
