package org.coordina.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The headless chromium (Debian's {@code chromium} and {@code chromium-driver}, see the README) of the test JVM,
 * started by the first browser test class that asks for it and quit when the JVM ends (starting one per class cost
 * seconds each): opens pages of the application, signs in and out, checks every page it lands on with axe-core (no
 * serious or critical violation) and takes screenshots at phone and laptop width under {@code target/screenshots}.
 * Between tests ({@link BrowserTest}) its cookies are deleted and its window is laptop-sized again.
 */
public final class Browser {

    static final Dimension LAPTOP = new Dimension(1280, 900);

    static final Dimension PHONE = new Dimension(390, 844);

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static final String AXE = readAxe();

    private static ChromeDriver shared;

    private final ChromeDriver driver;

    private final String base;

    private Browser(ChromeDriver driver, int port) {
        this.driver = driver;
        this.base = "http://localhost:" + port;
    }

    /** The JVM's browser (started on first use) for the application on this port. */
    public static Browser start(int port) {
        return new Browser(sharedDriver(), port);
    }

    private static synchronized ChromeDriver sharedDriver() {
        if (shared == null) {
            shared = launch();
            var driver = shared;
            Runtime.getRuntime().addShutdownHook(new Thread(driver::quit, "quit-chromium"));
        }
        return shared;
    }

    /** After each browser test: nobody signed in, no language chosen, the window at laptop size. */
    static synchronized void reset() {
        if (shared != null) {
            shared.manage().deleteAllCookies();
            shared.manage().window().setSize(LAPTOP);
        }
    }

    private static ChromeDriver launch() {
        var options = new ChromeOptions();
        options.setBinary(executable("COORDINA_CHROMIUM", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=" + LAPTOP.width + "," + LAPTOP.height, "--lang=bg");
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(executable("COORDINA_CHROMEDRIVER", "/usr/bin/chromedriver")))
                .usingAnyFreePort().build();
        var driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).scriptTimeout(Duration.ofSeconds(30));
        return driver;
    }

    private static String executable(String variable, String fallback) {
        var configured = System.getenv(variable);
        return configured == null || configured.isBlank() ? fallback : configured;
    }

    /** Opens a path of the application and checks the page it lands on. */
    public Browser open(String path) {
        driver.get(base + path);
        return checked();
    }

    /** Signs in through the sign-in page, retrying while the account may still be on its way (demo accounts). */
    public Browser signIn(String username) {
        var deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            driver.get(base + "/login");
            type("username", username);
            type("password", "demo");
            var form = driver.findElement(By.tagName("html"));
            driver.findElement(By.cssSelector("form button[type=submit]")).click();
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> isStale(form));
            if (!driver.getCurrentUrl().contains("/login")) {
                return checked();
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError(username + " cannot sign in");
            }
            sleep(500);
        }
    }

    /** Signs out with the header's button; the sign-in page is shown again. */
    public Browser signOut() {
        click("[data-test=sign-out]");
        assertThat(driver.getCurrentUrl()).contains("/login");
        return this;
    }

    /** Replaces the text of the input with this id. */
    public Browser type(String id, String text) {
        var input = driver.findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
        return this;
    }

    /** Chooses the option with this value in the select with this id. */
    public Browser choose(String id, String value) {
        new Select(driver.findElement(By.id(id))).selectByValue(value);
        return this;
    }

    /** Clicks what the selector finds, waits for the next page and checks it. */
    public Browser click(String css) {
        var old = driver.findElement(By.tagName("html"));
        driver.findElement(By.cssSelector(css)).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> isStale(old));
        return checked();
    }

    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    public List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    public String text(String css) {
        return find(css).getText();
    }

    public String value(String id) {
        return driver.findElement(By.id(id)).getDomProperty("value");
    }

    public String path() {
        var url = driver.getCurrentUrl();
        return url.substring(base.length());
    }

    public String language() {
        return find("html").getDomAttribute("lang");
    }

    /** The text of the page's body as a user reads it. */
    public String pageText() {
        return find("body").getText();
    }

    /** The service navigation's entries (one per section), by their message codes. */
    public List<String> navigation() {
        return findAll("[data-test=navigation] a").stream().map(link -> link.getDomAttribute("data-nav")).toList();
    }

    /** The pages of the current section in its sub-navigation, by their message codes; none outside a section. */
    public List<String> subNavigation() {
        return findAll("[data-test=subnavigation] a").stream().map(link -> link.getDomAttribute("data-nav")).toList();
    }

    /** The WebDriver, for what only keyboard input or a script can do. */
    public ChromeDriver driver() {
        return driver;
    }

    /** Screenshots of the current page at phone and laptop width, {@code target/screenshots/<name>-phone.png} etc. */
    public Browser screenshots(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            for (var size : List.of(PHONE, LAPTOP)) {
                driver.manage().window().setSize(size);
                var file = driver.getScreenshotAs(OutputType.FILE);
                Files.copy(file.toPath(), SCREENSHOTS.resolve(name + (size == PHONE ? "-phone" : "-laptop") + ".png"),
                        StandardCopyOption.REPLACE_EXISTING);
            }
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs axe-core on the page: a serious or critical violation fails the test, naming the rule and the elements. */
    public Browser checked() {
        if (!Boolean.TRUE.equals(driver.executeScript("return typeof axe !== 'undefined'"))) {
            driver.executeScript(AXE);
        }
        var violations = (String) ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, { resultTypes: ['violations'] }).then(results => done(results.violations
                    .filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at ' + v.nodes.map(n => n.target.join(' ')).join(', '))
                    .join('\\n')));
                """);
        assertThat(violations).as("axe-core on " + path()).isEmpty();
        return this;
    }

    private boolean isStale(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException gone) {
            return true;
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String readAxe() {
        try (InputStream in = Browser.class.getResourceAsStream("/axe/axe.min.js")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
