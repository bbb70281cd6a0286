package dev.paybridge.adapters.http.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paybridge.adapters.http.dashboard.DashboardClient.Page;
import dev.paybridge.adapters.http.dashboard.session.DashboardCookies;
import dev.paybridge.application.port.in.tenant.IssueApiKeyCommand;
import dev.paybridge.domain.tenant.Scope;
import dev.paybridge.testing.app.Scenario;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What the dashboard's pages show and do, through the use cases, against the real server over the fakes. */
class DashboardPagesIT {
    private static DashboardServer server;
    private static Scenario scenario;

    @BeforeAll
    static void start() {
        server = DashboardServer.start();
        scenario = new Scenario(server.app);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void integrations_show_one_card_per_loaded_plugin_by_its_display_name() {
        DashboardClient browser = signedIn(scenario.tenant());

        Page integrations = browser.get("/dashboard/integrations");

        assertThat(integrations.body()).contains("id=\"gateway-fakepay\"", "<h2>FakePay</h2>",
                "href=\"/dashboard/integrations/fakepay/connect\"");
    }

    @Test
    void the_connect_form_is_built_from_the_plugins_credential_fields() {
        DashboardClient browser = signedIn(scenario.tenant());

        Page form = browser.get("/dashboard/integrations/fakepay/connect");

        assertThat(form.body())
                .contains("name=\"encrypted_secret_data.api_key\" type=\"text\"")
                .contains("name=\"encrypted_secret_data.webhook_secret\" type=\"password\"")
                .contains("fk_test_… or fk_live_…", "shared webhook secret")
                .contains("aria-required=\"true\"")
                .contains("value=\"manual\"");
    }

    @Test
    void the_use_cases_refusals_show_next_to_their_fields_and_no_secret_is_echoed() {
        DashboardClient browser = signedIn(scenario.tenant());
        String token = browser.get("/dashboard/integrations/fakepay/connect").csrfToken();

        Page refused = browser.post("/dashboard/integrations/fakepay/connect", Map.of("_csrf", token,
                "name", "FakePay", "encrypted_secret_data.api_key", "sk_wrong_key_123456",
                "encrypted_secret_data.webhook_secret", "whsec-typed-secret"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("id=\"f-encrypted_secret_data-api_key-error\"",
                "must start with fk_test_ or fk_live_", "aria-invalid=\"true\"")
                .doesNotContain("whsec-typed-secret", "sk_wrong_key_123456");
    }

    @Test
    void connecting_shows_the_masked_secrets_and_the_webhook_url_and_a_test_keeps_its_result() {
        Scope scope = scenario.tenant();
        DashboardClient browser = signedIn(scope);
        String token = browser.get("/dashboard/integrations/fakepay/connect").csrfToken();

        Page connected = browser.post("/dashboard/integrations/fakepay/connect", Map.of("_csrf", token,
                "name", "FakePay KSA", "encrypted_secret_data.api_key", "fk_test_abcdefgh1234",
                "encrypted_secret_data.webhook_secret", Scenario.WEBHOOK_SECRET));
        assertThat(connected.status()).as(connected.toString()).isEqualTo(303);
        String connectionPath = connected.header("Location");
        Page connection = browser.get(connectionPath);

        assertThat(connection.body()).contains("fk_test_****1234", "********",
                "/v1/webhooks/fakepay/" + scope.tenantId().value() + "/" + scope.environmentId().value(),
                "data-state=\"unconfirmed\"", "id=\"notice\"").doesNotContain("fk_test_abcdefgh1234",
                Scenario.WEBHOOK_SECRET, "id=\"insecure-warning\"");

        Page tested = browser.post(connectionPath + "/test", Map.of("_csrf", connection.csrfToken()));
        Page after = browser.get(tested.header("Location"));
        assertThat(after.body()).contains("id=\"last-test\" data-ok=\"true\"", "id=\"last-test-latency\"");
    }

    @Test
    void an_invoice_is_created_from_the_form_with_blank_rows_left_out_and_errors_by_row() {
        Scope scope = scenario.tenantWithConnection();
        DashboardClient browser = signedIn(scope);
        String token = browser.get("/dashboard/invoices/new").csrfToken();
        Map<String, String> form = new LinkedHashMap<>(Map.of("_csrf", token, "customer.external_id", "cus_42",
                "currency", "KWD", "finalize", "true"));
        form.put("line_items[1].description", "API calls");
        form.put("line_items[1].quantity", "1200");
        form.put("line_items[1].unit_amount", "-1");

        Page refused = browser.post("/dashboard/invoices/new", form);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("id=\"f-line_items-1--unit_amount-error\"", "must not be negative");

        form.put("line_items[1].unit_amount", "0.0125");
        Page created = browser.post("/dashboard/invoices/new", form);
        assertThat(created.status()).as(created.toString()).isEqualTo(303);
        Page invoice = browser.get(created.header("Location"));
        assertThat(invoice.body()).contains("15.000\u00a0KWD", "data-status=\"finalized\"", "data-state=\"pending\"");
    }

    @Test
    void arabic_pages_are_right_to_left_with_arabic_digits() {
        Scope scope = scenario.tenantWithConnection();
        scenario.finalized(scope, "1234.50");
        DashboardClient browser = signedIn(scope);

        Page switched = browser.get("/dashboard/language/ar?back=%2Fdashboard%2Finvoices");
        Page invoices = browser.get(switched.header("Location"));

        assertThat(switched.setCookie(DashboardCookies.LANGUAGE)).contains("paybridge_lang=ar", "SameSite=Strict");
        assertThat(invoices.body()).contains("<html lang=\"ar\" dir=\"rtl\">", "الفواتير", "١٬٢٣٤٫٥٠\u00a0SAR");
    }

    @Test
    void the_language_switch_goes_back_only_to_dashboard_pages() {
        DashboardClient browser = server.client();

        assertThat(browser.get("/dashboard/language/en?back=https%3A%2F%2Fevil.test").header("Location"))
                .isEqualTo("/dashboard/integrations");
        assertThat(browser.get("/dashboard/language/en?back=%2F%2Fevil.test").header("Location"))
                .isEqualTo("/dashboard/integrations");
    }

    @Test
    void webhook_events_are_listed_with_their_payload_and_can_be_replayed() {
        Scope scope = scenario.tenantWithConnection();
        var link = scenario.linked(scope, "45.00");
        var payment = server.app.gateway.payer().paysInFull(link.gatewayInvoiceId());
        scenario.deliver(scope, scenario.webhooks().about(payment));
        DashboardClient browser = signedIn(scope);

        Page events = browser.get("/dashboard/events?status=processed");
        String eventId = events.body().replaceAll("(?s).*data-event=\"([^\"]+)\".*", "$1");
        Page replayed = browser.post("/dashboard/events/" + eventId + "/replay", Map.of("_csrf", events.csrfToken()));

        assertThat(events.body()).contains("data-status=\"processed\"", "\"reference\" : \"inv_");
        assertThat(replayed.status()).isEqualTo(303);
        assertThat(browser.get(replayed.header("Location")).body()).contains("id=\"notice\"");
    }

    @Test
    void an_unknown_dashboard_page_is_the_dashboards_own_404() {
        DashboardClient browser = signedIn(scenario.tenant());

        Page unknown = browser.get("/dashboard/nothing/here");

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body()).contains("id=\"not-found\"");
        assertThat(unknown.header("Content-Security-Policy")).isNotNull();
        assertThat(browser.get("/dashboard/integrations").status()).as("known pages still win").isEqualTo(200);
    }

    private DashboardClient signedIn(Scope scope) {
        DashboardClient browser = server.client();
        Page signedIn = browser.signIn(Scenario.done(server.app.issueApiKey.issueApiKey(new IssueApiKeyCommand(
                scope.tenantId(), scope.environmentId(), "dashboard"))).secret().plaintext());
        assertThat(signedIn.status()).as(signedIn.toString()).isEqualTo(303);
        return browser;
    }
}
