package de.regionet.infra.browser;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.junit.jupiter.SpringExtension;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * One headless Chromium for a test class, driven as a visitor would: Debian's {@code /usr/bin/chromium} through its
 * {@code /usr/bin/chromedriver}, 1280×900, German unless the class asks for English. Registered as a static field,
 * <pre>{@code @RegisterExtension static final BrowserSession browser = BrowserSession.german();}</pre>
 * it starts the browser before the class's first test and quits it after the last, so a class pays for one start.
 * In a {@code @RegioNetTest} class {@link #open(String)} reaches the shared application on its random port.
 * <p>
 * A browser that cannot start fails every test of the class with the names of the two packages: browser tests never
 * skip silently (the build installs or names the packages first, {@code .ci/browser}).
 */
public final class BrowserSession implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback {

    /** The packages, named in every failure to start a browser. */
    static final String PACKAGES = "the Debian packages chromium and chromium-driver";

    /** Set to true ({@code -Dregionet.readme-screenshots=true}) to write {@link #readmeScreenshot} to docs/. */
    static final String README_SCREENSHOTS = "regionet.readme-screenshots";

    private static final Duration PATIENCE = Duration.ofSeconds(10);

    private final Path chromium;
    private final Path chromedriver;
    private final String language;
    private WebDriver driver;
    private String application;

    BrowserSession(Path chromium, Path chromedriver, String language) {
        this.chromium = chromium;
        this.chromedriver = chromedriver;
        this.language = language;
    }

    /** Pages as a German visitor sees them (Accept-Language de-DE), the portal's default. */
    public static BrowserSession german() {
        return debian("de-DE");
    }

    /** Pages as a visitor whose browser prefers English sees them. */
    public static BrowserSession english() {
        return debian("en-GB");
    }

    private static BrowserSession debian(String language) {
        return new BrowserSession(Path.of("/usr/bin/chromium"), Path.of("/usr/bin/chromedriver"), language);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        driver = start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (AnnotationSupport.isAnnotated(context.getRequiredTestClass(), SpringBootTest.class)) {
            var port = SpringExtension.getApplicationContext(context).getEnvironment()
                    .getRequiredProperty("local.server.port");
            application = "http://localhost:" + port;
        }
    }

    private WebDriver start() {
        for (var file : new Path[] {chromium, chromedriver}) {
            if (!Files.isExecutable(file)) {
                throw new IllegalStateException(file + " is missing; browser tests need " + PACKAGES);
            }
        }
        try {
            var service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver.toFile()).build();
            var started = new ChromeDriver(service, options());
            started.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).scriptTimeout(Duration.ofSeconds(30));
            return started;
        } catch (WebDriverException e) {
            throw new IllegalStateException("Headless Chromium did not start (" + e.getMessage().lines().findFirst()
                    .orElse("") + "); browser tests need " + PACKAGES, e);
        }
    }

    private ChromeOptions options() {
        var options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        // --no-sandbox: CI runs as root in a container, where Chromium's sandbox cannot start
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,900",
                "--lang=" + language);
        // --lang sets the interface; Accept-Language and navigator.languages come from this preference
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages",
                language + "," + language.substring(0, 2)));
        return options;
    }

    /** Opens a path of the running application, e.g. {@code "/"}; the page has loaded when this returns. */
    public void open(String path) {
        if (application == null) {
            throw new IllegalStateException("open(path) needs the application: annotate the class @RegioNetTest");
        }
        driver.get(application + path);
    }

    /**
     * Signs in on the pages' form as one of the {@link de.regionet.infra.TestUsers} (their shared password), as a
     * person would, and waits for the console (or the page the form returns to).
     */
    public void signIn(String user) {
        signOut();
        open("/anmelden");
        driver.findElement(org.openqa.selenium.By.id("benutzer")).sendKeys(user);
        driver.findElement(org.openqa.selenium.By.id("passwort")).sendKeys(de.regionet.infra.TestUsers.PASSWORD);
        driver.findElement(org.openqa.selenium.By.cssSelector("form.form button[type=submit]")).click();
        waitUntil(browser -> !browser.getCurrentUrl().contains("/anmelden"));
    }

    /** Forgets the session, as closing the browser would. */
    public void signOut() {
        driver.manage().deleteAllCookies();
    }

    /** Opens any address, e.g. a {@code data:} page. */
    public void openUrl(String url) {
        driver.get(url);
    }

    public WebDriver driver() {
        return driver;
    }

    public String title() {
        return driver.getTitle();
    }

    /**
     * Waits (at most 10 s, polling) until the condition holds; instead of sleeping. Live regions are replaced while
     * a condition looks at them, so an element gone stale counts as "not yet" and is looked up again.
     */
    public <T> T waitUntil(ExpectedCondition<T> condition) {
        return new WebDriverWait(driver, PATIENCE)
                .ignoring(StaleElementReferenceException.class).until(condition);
    }

    public Object script(String javascript, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(javascript, arguments);
    }

    /** Fails with every critical or serious axe-core violation of the open page: rule, help and elements. */
    public void assertAccessible() {
        Accessibility.assertNoSeriousViolations(driver);
    }

    public Keyboard keyboard() {
        return new Keyboard(driver);
    }

    /** Saves the visible page as {@code target/screenshots/<name>.png} (infra/app) and answers where. */
    public Path screenshot(String name) {
        return save(Path.of("target", "screenshots"), name);
    }

    /**
     * A screenshot the README shows: saved like {@link #screenshot}, and also to {@code docs/screenshots/} when the
     * run asks for it with {@code -Dregionet.readme-screenshots=true}, so ordinary runs leave tracked files alone.
     */
    public Path readmeScreenshot(String name) {
        var saved = screenshot(name);
        if (Boolean.getBoolean(README_SCREENSHOTS)) {
            return save(Path.of("").toAbsolutePath().resolve("../../docs/screenshots").normalize(), name);
        }
        return saved;
    }

    private Path save(Path directory, String name) {
        try {
            Files.createDirectories(directory);
            var file = directory.resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
