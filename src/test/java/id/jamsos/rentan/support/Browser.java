package id.jamsos.rentan.support;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * A real headless Chromium (Debian's /usr/bin/chromium and /usr/bin/chromedriver) driving the Camunda
 * webapps of a running test application. Each instance has its own fresh profile directory, so no
 * login, language choice or cache leaks between tests. Driver and browser are given explicitly, so
 * Selenium Manager never runs and nothing is downloaded.
 *
 * <pre>
 * try (Browser b = Browser.open(baseUrl())) {
 *     b.openAppAs("tasklist", "lurah.6203011001", "demo");
 *     b.waitForText("Tugas Saya");
 *     b.screenshot(Path.of("docs/screenshots/tasklist.png"));
 * }
 * </pre>
 */
public final class Browser implements AutoCloseable {
    public static final String CHROMIUM = "/usr/bin/chromium";
    public static final String CHROMEDRIVER_PROPERTY = "webdriver.chrome.driver";
    public static final Duration DEFAULT_WAIT = Duration.ofSeconds(30);

    private final String baseUrl;
    private final Path profileDir;
    private final ChromeDriver driver;

    private Browser(String baseUrl, Path profileDir, ChromeDriver driver) {
        this.baseUrl = baseUrl;
        this.profileDir = profileDir;
        this.driver = driver;
    }

    /** Starts a headless Chromium for the application at baseUrl (e.g. http://localhost:41234). */
    public static Browser open(String baseUrl) {
        String driverPath = System.getProperty(CHROMEDRIVER_PROPERTY, "/usr/bin/chromedriver");
        requireExecutable(driverPath, "chromedriver (apt-get install chromium-driver)");
        requireExecutable(CHROMIUM, "chromium (apt-get install chromium)");
        Path profile;
        try {
            profile = Files.createTempDirectory("jamsos-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1400,1000", "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(driverPath))
                .usingAnyFreePort()
                // Officials read times in WIB; the webapps show the browser's zone.
                .withEnvironment(Map.of("TZ", "Asia/Jakarta"))
                .build();
        try {
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
            return new Browser(baseUrl, profile, driver);
        } catch (RuntimeException e) {
            deleteQuietly(profile);
            throw e;
        }
    }

    private static void requireExecutable(String path, String what) {
        if (!new File(path).canExecute()) {
            throw new IllegalStateException("Browser tests need " + what + " at " + path);
        }
    }

    public WebDriver driver() {
        return driver;
    }

    /** Opens a path of the application, e.g. "/" or "/camunda/app/cockpit/default/#/dashboard". */
    public void get(String path) {
        driver.get(baseUrl + path);
    }

    /** Opens a webapp (tasklist, cockpit, admin, welcome) of the default engine. */
    public void openApp(String app) {
        get("/camunda/app/" + app + "/default/");
    }

    /**
     * Chooses the webapps' language for this browser ("id", the default, or "en"), as the switch at the
     * bottom of every page does. Tests written against English labels can call useLanguage("en") first.
     */
    public void useLanguage(String locale) {
        get("/camunda/app/welcome/default/?lang=" + locale);
        waitUntil(d -> locale.equals(script("return document.documentElement.lang")), "webapp language " + locale);
    }

    /**
     * Opens a webapp and signs in through its login form; waits until the form is gone. On a busy machine the
     * login view can still be re-rendering when typed into, which drops the input with no message: then the
     * form is filled once more (a refused login shows its message and is not retried).
     */
    public void openAppAs(String app, String user, String password) {
        openApp(app);
        By form = By.cssSelector("form[name='signinForm']");
        for (int attempt = 1; ; attempt++) {
            login(user, password);
            try {
                new WebDriverWait(driver, Duration.ofSeconds(10)).pollingEvery(Duration.ofMillis(200))
                        .until(d -> d.findElements(form).isEmpty());
                return;
            } catch (TimeoutException e) {
                if (attempt == 3 || bodyText().contains("Kredensial salah") || bodyText().contains("Wrong credentials")) {
                    waitUntil(d -> d.findElements(form).isEmpty(), "login of " + user + " to " + app + " to finish");
                    return;
                }
            }
        }
    }

    /** Fills and submits the login form of the current webapp; does not wait for the result. */
    public void login(String user, String password) {
        WebElement username = waitForVisible(By.cssSelector("form[name='signinForm'] input[ng-model='username']"));
        username.clear();
        username.sendKeys(user);
        WebElement pw = driver.findElement(By.cssSelector("form[name='signinForm'] input[type='password']"));
        pw.clear();
        pw.sendKeys(password);
        driver.findElement(By.cssSelector("form[name='signinForm'] button[type='submit']")).click();
    }

    public WebElement waitFor(By by) {
        return waitUntil(d -> d.findElements(by).stream().findFirst().orElse(null), "element " + by);
    }

    public WebElement waitForVisible(By by) {
        return waitUntil(d -> d.findElements(by).stream().filter(WebElement::isDisplayed).findFirst().orElse(null),
                "visible element " + by);
    }

    /** Waits until some visible element shows exactly this text (ignoring surrounding blanks). */
    public WebElement waitForText(String text) {
        return waitForVisible(byText(text));
    }

    /** Waits until the page body contains the text anywhere. */
    public void waitForBodyText(String text) {
        waitUntil(d -> bodyText().contains(text), "page to show \"" + text + "\"");
    }

    /** Waits until some input shows exactly this value (form fields keep their values out of the page text). */
    public void waitForInputValue(String value) {
        waitUntil(d -> Boolean.TRUE.equals(script("var v = arguments[0];"
                + " return Array.from(document.querySelectorAll('input, textarea')).some(function (i) { return i.value === v; });",
                value)), "a form field showing \"" + value + "\"");
    }

    public <T> T waitUntil(Function<WebDriver, T> condition, String what) {
        try {
            return wait(DEFAULT_WAIT).until(condition::apply);
        } catch (TimeoutException e) {
            throw new TimeoutException("Timed out after " + DEFAULT_WAIT + " waiting for " + what
                    + " at " + driver.getCurrentUrl() + "; page text: " + abbreviate(bodyText()), e);
        }
    }

    public boolean isVisible(By by) {
        return driver.findElements(by).stream().anyMatch(WebElement::isDisplayed);
    }

    public String bodyText() {
        return driver.findElements(By.tagName("body")).stream().findFirst().map(WebElement::getText).orElse("");
    }

    public String currentUrl() {
        return driver.getCurrentUrl();
    }

    public Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    /** What the page got for a URL: status, Content-Type and body bytes. */
    public record Download(int status, String contentType, byte[] body) {
    }

    /**
     * Fetches a URL from the page as a link click would, with the page's cookies (the webapp login) and
     * nothing else, and hands the bytes back to the test (a real download would land out of its reach).
     */
    public Download fetch(String url) {
        @SuppressWarnings("unchecked")
        Map<String, Object> r = (Map<String, Object>) driver.executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0], {credentials: 'same-origin'}).then(function (r) {"
                        + "  return r.arrayBuffer().then(function (buffer) {"
                        + "    var bytes = new Uint8Array(buffer), text = '';"
                        + "    for (var i = 0; i < bytes.length; i++) { text += String.fromCharCode(bytes[i]); }"
                        + "    done({status: r.status, type: r.headers.get('Content-Type'), body: btoa(text)});"
                        + "  });"
                        + "}).catch(function (e) { done({status: -1, type: String(e), body: ''}); });", url);
        return new Download(((Number) r.get("status")).intValue(), (String) r.get("type"),
                Base64.getDecoder().decode((String) r.get("body")));
    }

    /** Saves a PNG of the visible window to target (parent directories are created). */
    public Path screenshot(Path target) {
        byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
        try {
            if (target.getParent() != null) {
                Files.createDirectories(target.getParent());
            }
            Files.write(target, png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    /** XPath for an element with an own text node, or whole text, equal to the text (blanks normalised). */
    public static By byText(String text) {
        String literal = xpathLiteral(text);
        return By.xpath("//*[text()[normalize-space(.)=" + literal + "] or normalize-space(.)=" + literal + "]");
    }

    private WebDriverWait wait(Duration timeout) {
        WebDriverWait wait = new WebDriverWait(driver, timeout);
        wait.pollingEvery(Duration.ofMillis(200));
        return wait;
    }

    private static String xpathLiteral(String s) {
        if (!s.contains("'")) {
            return "'" + s + "'";
        }
        return "concat('" + s.replace("'", "',\"'\",'") + "')";
    }

    private static String abbreviate(String s) {
        String flat = s.replaceAll("\\s+", " ");
        return flat.length() > 600 ? flat.substring(0, 600) + "…" : flat;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteQuietly(profileDir);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover temp profile is harmless
        }
    }
}
