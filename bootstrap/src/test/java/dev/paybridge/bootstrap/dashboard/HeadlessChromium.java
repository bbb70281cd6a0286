package dev.paybridge.bootstrap.dashboard;

import dev.paybridge.bootstrap.testing.TempDirectories;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium, driven headless through Debian's chromedriver: nothing is downloaded. Where they are missing the
 * browser tests are skipped with the reason, unless {@code PAYBRIDGE_BROWSER_TESTS=required} (set by {@code .ci/run},
 * which installs them) makes that a failure. {@code PAYBRIDGE_CHROMIUM} and {@code PAYBRIDGE_CHROMEDRIVER} point
 * elsewhere.
 */
final class HeadlessChromium {
    static final String REQUIRED_VARIABLE = "PAYBRIDGE_BROWSER_TESTS";
    private static final Path CHROMIUM = Path.of(setting("PAYBRIDGE_CHROMIUM", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(setting("PAYBRIDGE_CHROMEDRIVER", "/usr/bin/chromedriver"));

    private HeadlessChromium() {
    }

    static boolean installed() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    /** Skips the calling test when no browser is installed here, or fails it when CI requires the browser. */
    static void requireOrSkip() {
        boolean installed = installed();
        String reason = "headless Chromium needs " + CHROMIUM + " and " + CHROMEDRIVER
                + " (apt-get install chromium chromium-driver)";
        if ("required".equals(System.getenv(REQUIRED_VARIABLE))) {
            Assertions.assertTrue(installed, reason + "; " + REQUIRED_VARIABLE + "=required");
        }
        Assumptions.assumeTrue(installed, "browser tests skipped: " + reason);
    }

    /**
     * A new browser with an empty profile of its own, a large window, and its console log kept; quitting it removes
     * the profile.
     */
    static ChromeDriver start() {
        Path profile = TempDirectories.create("paybridge-chromium");
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile()).addArguments("--headless",
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,1600", "--user-data-dir=" + profile);
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(
                CHROMEDRIVER.toFile()).usingAnyFreePort().withTimeout(Duration.ofSeconds(30)).build();
        ChromeDriver driver = new ChromeDriver(service, options) {
            @Override
            public void quit() {
                try {
                    super.quit();
                } finally {
                    TempDirectories.delete(profile);
                }
            }
        };
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }

    private static String setting(String variable, String fallback) {
        String value = System.getenv(variable);
        return value == null || value.isBlank() ? fallback : value;
    }
}
