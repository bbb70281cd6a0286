package dev.paybridge.bootstrap.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paybridge.bootstrap.testing.RunningService;
import dev.paybridge.bootstrap.testing.TenantFixture;
import dev.paybridge.moyasar.simulator.MoyasarSimulator;
import dev.paybridge.moyasar.simulator.SimulatedAccount;
import java.time.Duration;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The Moyasar guide's seed flow, by a person in a real browser (headless Chromium): sign in, Integrations → Moyasar →
 * Add a connection, enter the keys, see them masked and the webhook URL, test the connection, create an invoice, open
 * its payment link and pay on the simulator's checkout page with a test card, then see the invoice paid and the
 * {@code payment_paid} event. Every page is kept as a screenshot, in English and in Arabic.
 */
class DashboardBrowserIT {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String WEBHOOK_SECRET = "whsec_dashboard_secret_42";
    private static MoyasarSimulator simulator;
    private static RunningService service;
    private static ChromeDriver browser;

    @BeforeAll
    static void start() {
        if (!HeadlessChromium.installed()) {
            return;
        }
        simulator = MoyasarSimulator.start();
        service = RunningService.startReachable(Map.of("PAYBRIDGE_MOYASAR_BASE_URL", simulator.baseUrl(),
                "PAYBRIDGE_SYNC_SWEEP_INTERVAL", "200ms", "PAYBRIDGE_SYNC_FIRST_RETRY", "200ms"));
        browser = HeadlessChromium.start();
    }

    /** Reported as skipped, with the reason, where Chromium is missing (a failure when CI requires it). */
    @BeforeEach
    void requireBrowser() {
        HeadlessChromium.requireOrSkip();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (service != null) {
            service.close();
        }
        if (simulator != null) {
            simulator.close();
        }
    }

    @Test
    void a_person_connects_moyasar_creates_an_invoice_pays_it_and_sees_it_paid_in_both_languages() {
        SimulatedAccount account = simulator.createAccount();
        TenantFixture tenant = TenantFixture.create(service, "Browser Seed");
        String apiKey = TenantFixture.issueKey(service, tenant.tenantId(), tenant.sandboxId());
        Screenshots screenshots = Screenshots.inBuildFolder();
        List<String> pages = new ArrayList<>();

        browser.get(service.baseUrl() + "/dashboard");
        assertThat(browser.getCurrentUrl()).endsWith("/dashboard/sign-in");
        screenshots.take(browser, "sign-in-en");
        browser.findElement(By.id("api-key")).sendKeys(apiKey);
        browser.findElement(By.id("sign-in")).click();
        await(ExpectedConditions.urlContains("/dashboard/integrations"));
        assertThat(browser.getCurrentUrl()).doesNotContain(apiKey);
        pages.add(snap(screenshots, "integrations"));

        browser.findElement(By.id("add-moyasar")).click();
        await(ExpectedConditions.presenceOfElementLocated(By.id("connect")));
        pages.add(snap(screenshots, "connect-moyasar"));
        assertThat(browser.findElement(By.id("f-encrypted_secret_data-webhook_secret")).getAttribute("type"))
                .isEqualTo("password");
        browser.findElement(By.id("f-encrypted_secret_data-secret_key")).sendKeys(account.secretKey());
        browser.findElement(By.id("f-encrypted_secret_data-publishable_key")).sendKeys(account.publishableKey());
        browser.findElement(By.id("f-encrypted_secret_data-webhook_secret")).sendKeys(WEBHOOK_SECRET);
        browser.findElement(By.id("connect")).click();
        await(ExpectedConditions.presenceOfElementLocated(By.id("webhook-url")));

        String maskedKey = browser.findElement(By.cssSelector("[data-secret='secret_key']")).getText();
        assertThat(maskedKey).startsWith("sk_test_****").endsWith(account.secretKey().substring(
                account.secretKey().length() - 4));
        assertThat(browser.findElement(By.cssSelector("[data-secret='webhook_secret']")).getText())
                .isEqualTo("********");
        assertThat(browser.getPageSource()).doesNotContain(account.secretKey(), WEBHOOK_SECRET);
        String webhookUrl = browser.findElement(By.id("webhook-url")).getAttribute("value");
        assertThat(webhookUrl).isEqualTo(service.baseUrl() + "/v1/webhooks/moyasar/" + tenant.tenantId() + "/"
                + tenant.sandboxId());
        assertThat(browser.findElement(By.id("insecure-warning")).isDisplayed()).as("http public base URL").isTrue();
        List<String> events = browser.findElements(By.cssSelector("#webhook-events code")).stream()
                .map(WebElement::getText).toList();
        assertThat(events).contains("payment_paid");
        assertThat(browser.findElement(By.id("webhook-state")).getAttribute("data-state")).isEqualTo("unconfirmed");
        pages.add(snap(screenshots, "connection"));
        simulator.registerWebhook(account.secretKey(), webhookUrl, WEBHOOK_SECRET, events);

        browser.findElement(By.id("test-connection")).click();
        await(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#last-test[data-ok='true']")));
        assertThat(browser.findElement(By.id("last-test-mode")).getText()).isEqualTo("Test");
        assertThat(browser.findElement(By.id("last-test-latency")).getText()).endsWith("ms");
        screenshots.take(browser, "connection-tested-en");

        browser.findElement(By.linkText("Invoices")).click();
        await(ExpectedConditions.presenceOfElementLocated(By.id("new-invoice")));
        browser.findElement(By.id("new-invoice")).click();
        await(ExpectedConditions.presenceOfElementLocated(By.id("create-invoice")));
        pages.add(snap(screenshots, "invoice-new"));
        browser.findElement(By.id("f-customer-external_id")).sendKeys("cus_42");
        browser.findElement(By.id("f-customer-name")).sendKeys("Acme Trading");
        browser.findElement(By.id("f-line_items-0--description")).sendKeys("Gold plan, December");
        browser.findElement(By.id("f-line_items-0--unit_amount")).sendKeys("45.00");
        browser.findElement(By.id("create-invoice")).click();
        await(ExpectedConditions.presenceOfElementLocated(By.id("invoice-total")));
        assertThat(browser.findElement(By.id("invoice-total")).getText()).isEqualTo("45.00 SAR");

        awaitAfterReload(By.id("open-payment-link"));
        assertThat(browser.findElement(By.id("sync-state")).getAttribute("data-state")).isEqualTo("synced");
        String invoicePage = snap(screenshots, "invoice-with-link");
        pages.add(invoicePage);
        String dashboardTab = browser.getWindowHandle();
        browser.findElement(By.id("open-payment-link")).click();
        await(driver -> driver.getWindowHandles().size() == 2);
        browser.switchTo().window(browser.getWindowHandles().stream().filter(h -> !h.equals(dashboardTab))
                .findFirst().orElseThrow());
        await(ExpectedConditions.presenceOfElementLocated(By.name("number")));
        screenshots.take(browser, "moyasar-checkout");
        browser.findElement(By.name("name")).sendKeys("Test Payer");
        browser.findElement(By.name("number")).sendKeys("4111111111111111");
        browser.findElement(By.name("month")).sendKeys("12");
        browser.findElement(By.name("year")).sendKeys(Integer.toString(Year.now().getValue() + 2));
        browser.findElement(By.name("cvc")).sendKeys("123");
        browser.findElement(By.cssSelector("button[type='submit']")).click();
        await(ExpectedConditions.presenceOfElementLocated(By.id("result")));
        assertThat(browser.findElement(By.id("result")).getText()).contains("paid");
        screenshots.take(browser, "moyasar-paid");
        browser.close();
        browser.switchTo().window(dashboardTab);

        awaitAfterReload(By.cssSelector("#payment-status[data-status='succeeded']"));
        assertThat(browser.findElement(By.id("amount-paid")).getText()).isEqualTo("45.00 SAR");
        assertThat(browser.findElements(By.cssSelector("#payments tr[data-status='succeeded']"))).hasSize(1);
        screenshots.take(browser, "invoice-paid-en");
        browser.get(service.baseUrl() + "/dashboard/invoices");
        pages.add(snap(screenshots, "invoices"));

        browser.findElement(By.linkText("Webhook events")).click();
        await(ExpectedConditions.presenceOfElementLocated(By.id("events")));
        assertThat(browser.findElements(By.cssSelector("[data-type='payment_paid'][data-status='processed']")))
                .hasSize(1);
        browser.findElement(By.cssSelector("[data-type='payment_paid'] summary")).click();
        assertThat(browser.findElement(By.cssSelector("[data-type='payment_paid'] pre")).getText())
                .contains("\"payment_paid\"").doesNotContain(WEBHOOK_SECRET);
        pages.add(snap(screenshots, "events"));

        browser.findElement(By.id("language-switch")).click();
        await(driver -> "rtl".equals(driver.findElement(By.tagName("html")).getAttribute("dir")));
        for (String page : pages) {
            browser.get(page);
            assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("ar");
            screenshots.take(browser, name(page) + "-ar");
        }
        browser.get(invoicePage);
        assertThat(browser.findElement(By.id("invoice-total")).getText()).isEqualTo("٤٥٫٠٠ SAR");

        browser.findElement(By.id("sign-out")).click();
        await(ExpectedConditions.urlContains("/dashboard/sign-in"));
        screenshots.take(browser, "sign-in-ar");
        browser.get(invoicePage);
        assertThat(browser.getCurrentUrl()).as("signed out").endsWith("/dashboard/sign-in");
        assertThat(cspViolations()).isEmpty();
    }

    /** Keeps a screenshot of the current page in English and remembers it for the Arabic round. */
    private static String snap(Screenshots screenshots, String name) {
        screenshots.take(browser, name + "-en");
        return browser.getCurrentUrl();
    }

    private static String name(String url) {
        String path = url.replaceFirst("^https?://[^/]+/dashboard/", "").replaceFirst("\\?.*$", "");
        return path.replaceAll("(inv|conn)_[a-z0-9]+", "$1").replaceAll("[^a-z0-9]+", "-");
    }

    private static <T> T await(Function<WebDriver, T> condition) {
        return new WebDriverWait(browser, WAIT).until(condition);
    }

    /** Reloads the page until the element shows (background work such as the sync or a webhook lands meanwhile). */
    private static void awaitAfterReload(By element) {
        new WebDriverWait(browser, WAIT, Duration.ofMillis(250)).until(driver -> {
            driver.navigate().refresh();
            return !driver.findElements(element).isEmpty();
        });
    }

    /**
     * What the browser's console said about the Content-Security-Policy: nothing, when the pages obey it. A probe line
     * proves the console is really read.
     */
    private static List<String> cspViolations() {
        browser.executeScript("console.error('paybridge console probe')");
        List<String> console = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.WARNING.intValue())
                .map(LogEntry::getMessage)
                .toList();
        assertThat(console).anyMatch(line -> line.contains("paybridge console probe"));
        return console.stream().filter(line -> line.contains("Content Security Policy")).toList();
    }
}
