package io.tianping.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by its chromedriver (never downloaded: Selenium Manager is not asked), at
 * 1366×768, with a check that no page had a script error: the page's own recorder ({@code window.consoleErrors},
 * js/errors.js) and the browser's SEVERE log entries.
 */
final class Browser implements AutoCloseable {

    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    /** Where screenshots go when {@code -Dtianping.console.screenshots=<dir>} is set (relative: to the project root). */
    static final String SCREENSHOTS = "tianping.console.screenshots";

    private final String base;
    private final Path profile;
    private final ChromeDriver driver;

    Browser(int port) {
        this.base = "http://localhost:" + port;
        try {
            this.profile = Files.createTempDirectory("tianping-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--lang=zh-CN", "--user-data-dir=" + profile, "--window-size=1366,768");
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        var service = new ChromeDriverService.Builder().usingDriverExecutable(Path.of(CHROMEDRIVER).toFile()).build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
    }

    ChromeDriver driver() {
        return driver;
    }

    void login(String user, String password) {
        driver.manage().deleteAllCookies();
        driver.get(base + "/console/login");
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("login-button")).click();
    }

    /** Opens a screen of the console ({@code #/cases/...}) and waits until it has drawn itself as {@code view}. */
    void open(String hash, String view) {
        if (driver.getCurrentUrl().startsWith(base + "/console/")) {
            driver.executeScript("location.hash = arguments[0]", hash);
        } else {
            driver.get(base + "/console/" + hash);
        }
        waitFor(view);
    }

    void waitFor(String view) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> view.equals(
                d.findElement(By.id("view")).getDomAttribute("data-view")));
    }

    String text() {
        return driver.findElement(By.id("view")).getText();
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    Object asyncScript(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeAsyncScript(js, args);
    }

    /** Waits until the ECharts chart in element {@code id} is drawn (a canvas) and has data in a series. */
    void assertChart(String id) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> Boolean.TRUE.equals(script("""
                const el = document.getElementById(arguments[0]);
                const chart = el && echarts.getInstanceByDom(el);
                if (!chart || !el.querySelector('canvas')) return false;
                return chart.getOption().series.some(s => (s.data || []).some(v => Number(Array.isArray(v) ? v[0] : v) > 0));""", id)));
    }

    /** Script errors since the last call: none may have happened. */
    void assertNoScriptErrors(String where) {
        List<String> errors = new ArrayList<>();
        Object recorded = script("const e = window.consoleErrors || []; window.consoleErrors = []; return e;");
        if (recorded instanceof List<?> list) {
            list.forEach(e -> errors.add(where + ": " + e));
        }
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            // an answer of 403/404 the page expects (and shows) is logged by Chromium as a failed resource load
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue()
                    && !entry.getMessage().matches("(?s).*/api/v1/.*status of 40[134].*")) {
                errors.add(where + ": " + entry.getMessage());
            }
        }
        assertThat(errors).as("script errors").isEmpty();
    }

    /** A PNG of the window into the screenshot directory, when one was asked for. */
    void screenshot(String name) {
        String dir = System.getProperty(SCREENSHOTS);
        if (dir == null || dir.isBlank()) {
            return;
        }
        Path target = Path.of(dir);
        if (!target.isAbsolute()) {
            Path here = Path.of("").toAbsolutePath();
            target = (here.getFileName().toString().equals("app") ? here.getParent() : here).resolve(dir);
        }
        try {
            Files.createDirectories(target);
            Files.write(target.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String url() {
        return driver.getCurrentUrl();
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temp directory left behind is harmless
        }
    }
}
