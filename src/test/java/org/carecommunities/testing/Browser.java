package org.carecommunities.testing;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Debian's headless Chromium driven by its own chromedriver (never a downloaded one), making no requests
 * beyond the test server. Missing binaries fail the build under CI (CI=true) and skip the test elsewhere.
 */
public final class Browser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of(System.getProperty("chromium.binary", "/usr/lib/chromium/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver"));
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    /** The WCAG 2.2 A and AA rules, and the best-practice ones that keep pages usable. */
    private static final List<String> AXE_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa",
            "best-practice");

    /** The window every browser starts with and goes back to when it forgets. */
    private static final org.openqa.selenium.Dimension WINDOW = new org.openqa.selenium.Dimension(1280, 900);

    /** How often a wait looks again: most conditions hold a few tens of milliseconds after the action. */
    private static final Duration POLL = Duration.ofMillis(100);

    /** Every journey's password for the demo users of the realm. */
    public static final String DEMO_PASSWORD = "demo-password";

    private final ChromeDriver driver;
    private final Path profile;
    private final String base;
    /** Lent for a block: closing it gives it back, and Chromium goes on for whoever borrows it next. */
    private final boolean lent;

    private Browser(ChromeDriver driver, Path profile, String base, boolean lent) {
        this.driver = driver;
        this.profile = profile;
        this.base = base;
        this.lent = lent;
    }

    /** This browser for a block ({@code try (Browser other = shared.lent())}): closed, it is given back, not quit. */
    public Browser lent() {
        return new Browser(driver, profile, base, true);
    }

    /** A browser for the portal deployed at {@code base}; paths given to it are relative to that. */
    public static Browser start(java.net.URL base) {
        requireBinaries();
        try {
            Path target = Path.of("target").toAbsolutePath();
            Files.createDirectories(target);
            Path profile = Files.createTempDirectory(target, "chromium-profile");
            ChromeOptions options = new ChromeOptions()
                    .setBinary(CHROMIUM.toString())
                    .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                            "--disable-quic", "--no-first-run", "--disable-background-networking",
                            "--disable-component-update", "--disable-sync",
                            "--window-size=" + WINDOW.getWidth() + "," + WINDOW.getHeight(),
                            "--lang=en-GB", "--user-data-dir=" + profile,
                            "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost");
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile())
                    .usingAnyFreePort()
                    .build();
            return new Browser(new ChromeDriver(service, options), profile, base.toString().replaceAll("/$", ""),
                    false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void requireBinaries() {
        boolean required = "true".equalsIgnoreCase(System.getenv("CI")) || Boolean.getBoolean("browser.required");
        for (Path binary : List.of(CHROMIUM, CHROMEDRIVER)) {
            if (!Files.isExecutable(binary)) {
                String message = binary + " not found: apt-get install chromium chromium-driver";
                if (required) {
                    fail(message);
                }
                assumeTrue(false, message);
            }
        }
    }

    public WebDriver driver() {
        return driver;
    }

    /** The portal's address for a path such as {@code /forums}. */
    public String url(String path) {
        return base + path;
    }

    /** The path of the page the browser is on, as the portal names it. */
    public String path() {
        String current = driver.getCurrentUrl();
        return current.startsWith(base) ? current.substring(base.length()) : current;
    }

    /** Opens a path of the portal. */
    public void open(String path) {
        driver.get(url(path));
    }

    /** The page as Chromium prints it (A4, as a person would from the browser), as PDF bytes. */
    public byte[] printToPdf() {
        org.openqa.selenium.print.PrintOptions options = new org.openqa.selenium.print.PrintOptions();
        options.setPageSize(new org.openqa.selenium.print.PageSize(29.7, 21.0));
        options.setBackground(false);
        return java.util.Base64.getDecoder().decode(driver.print(options).getContent());
    }

    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    public <T> T waitFor(Function<WebDriver, T> condition) {
        return waitFor(Duration.ofSeconds(10), condition);
    }

    public Object script(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    public <T> T waitFor(Duration timeout, Function<WebDriver, T> condition) {
        // htmx or a new page replaces elements while the condition looks at them; Chromium sometimes says so as an
        // "unknown error" (a node that no longer belongs to the document) rather than as a stale element
        try {
            return new WebDriverWait(driver, timeout).pollingEvery(POLL).ignoring(StaleElementReferenceException.class)
                    .until(d -> {
                try {
                    return condition.apply(d);
                } catch (org.openqa.selenium.WebDriverException e) {
                    if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                        return null;
                    }
                    throw e;
                }
            });
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("waited " + timeout.toSeconds() + " s in vain; " + whereItStands(), e);
        }
    }

    /** What the browser shows now (address, title, any error summary, the start of the main text), for a failure. */
    private String whereItStands() {
        try {
            String main = String.valueOf(script("var m = document.querySelector('main') || document.body;"
                    + " return m ? m.innerText : '';"));
            String errors = String.valueOf(script("return Array.from(document.querySelectorAll("
                    + "'.nhsuk-error-summary, .nhsuk-error-message, [role=alert]')).map(e => e.innerText).join(' | ');"));
            return "the browser is on " + driver.getCurrentUrl() + " (\"" + driver.getTitle() + "\")"
                    + (errors.isBlank() ? "" : ", showing errors: " + errors.replaceAll("\\s+", " "))
                    + ", whose page begins: " + shortened(main.replaceAll("\\s+", " "));
        } catch (RuntimeException unreadable) {
            return "the page could not be read (" + unreadable.getMessage() + ")";
        }
    }

    private static String shortened(String text) {
        return text.length() <= 400 ? text : text.substring(0, 400) + "…";
    }

    /** Waits until htmx has no request in flight and nothing is settling. */
    public void waitForHtmx() {
        waitFor(d -> Boolean.TRUE.equals(script(
                "return document.querySelectorAll('.htmx-request, .htmx-settling, .htmx-swapping').length === 0")));
    }

    /** Replaces what a field holds with this text, as a person selecting it all and typing would. */
    public void type(String fieldId, String text) {
        WebElement field = driver.findElement(By.id(fieldId));
        field.clear();
        field.sendKeys(text);
    }

    /** Chooses, in a select, the option whose text is exactly this; fails naming the options there are. */
    public void chooseByText(String selectId, String text) {
        Select select = new Select(driver.findElement(By.id(selectId)));
        select.getOptions().stream().filter(o -> o.getText().equals(text)).findFirst()
                .ifPresentOrElse(o -> select.selectByValue(o.getAttribute("value")),
                        () -> { throw new AssertionError(text + " is not offered in " + selectId + ": " + select
                                .getOptions().stream().map(WebElement::getText).toList()); });
    }

    /**
     * Types into a field whose htmx trigger (after its delay) replaces the element {@code swappedId}, and waits until
     * it has: what the swap adds moves the rest of the form, so a click before it could land on the wrong thing.
     */
    public void typeAwaitingSwap(String fieldId, String text, String swappedId) {
        WebElement before = driver.findElement(By.id(swappedId));
        driver.findElement(By.id(fieldId)).sendKeys(text);
        waitFor(d -> {
            try {
                before.isDisplayed();
                return false;
            } catch (StaleElementReferenceException replaced) {
                return true;
            }
        });
        waitForHtmx();
    }

    /**
     * Signs a demo user in on Keycloak's login pages, which the browser must be on: username first, then the password
     * (the identity-first login that Keycloak Organizations uses), and waits to be back on the portal.
     */
    public void signIn(String username) {
        waitFor(d -> !d.findElements(By.id("username")).isEmpty());
        find("#username").sendKeys(username);
        if (driver.findElements(By.id("password")).isEmpty()) {
            find("#kc-login").click();
            waitFor(d -> !d.findElements(By.id("password")).isEmpty());
        }
        find("#password").sendKeys(DEMO_PASSWORD);
        find("#kc-login").click();
        waitFor(d -> d.getCurrentUrl().startsWith(base));
    }

    /** On a first sign-in the portal asks for a profile: fills it in, choosing the neighbourhood by name. */
    public void completeProfileIfAsked(String displayName, String neighbourhood) {
        if (driver.getCurrentUrl().contains("/account/profile")) {
            find("#displayName").clear();
            find("#displayName").sendKeys(displayName);
            new org.openqa.selenium.support.ui.Select(find("#neighbourhood")).selectByVisibleText(neighbourhood);
            find("#maincontent button[type=submit]").click();
            waitFor(d -> !d.getCurrentUrl().contains("/account/profile"));
        }
    }

    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The axe-core violations of WCAG 2.2 A/AA on the current page, as readable lines (empty when none). */
    public List<String> accessibilityViolations() {
        // axe-core's own engine, put in the page once and run there for its violations only: AxeBuilder's general
        // path, which brings every passing check's details back through WebDriver (and merges frames' results in a
        // blank window), took twice as long; a page with frames (none of the portal's) still goes through it
        if (Boolean.TRUE.equals(script("return document.querySelector('iframe, frame') !== null"))) {
            Results results = new AxeBuilder().withTags(AXE_TAGS).analyze(driver);
            return results.getViolations().stream().map(Browser::describe).toList();
        }
        if (!Boolean.TRUE.equals(script("return typeof window.axe === 'object'"))) {
            script(axeSource());
        }
        Object found = driver.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + " axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})"
                + ".then(function (r) { done(r.violations.map(function (v) { return v.id + ' (' + v.impact + '): '"
                + " + v.help + ' at ' + v.nodes.map(function (n) { return JSON.stringify(n.target); }).join(', ');"
                + " })); },"
                + " function (e) { done('axe-core failed: ' + e); });", AXE_TAGS);
        if (!(found instanceof List<?> violations)) {
            throw new AssertionError(found);
        }
        return violations.stream().map(String::valueOf).toList();
    }

    private static String axeSource;

    /** axe-core's script, as its Maven artefact carries it. */
    private static synchronized String axeSource() {
        if (axeSource == null) {
            try {
                axeSource = new com.deque.html.axecore.providers.EmbeddedResourceAxeProvider().getScript();
            } catch (IOException | javax.naming.OperationNotSupportedException e) {
                throw new IllegalStateException("axe-core's script could not be read", e);
            }
        }
        return axeSource;
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                + rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", "));
    }

    /**
     * Forgets everything a journey left: every cookie (the portal's sign-in and Keycloak's), any other window and
     * a changed window size, and leaves the browser on a blank page, as if just started. False when the browser
     * cannot be brought back (an alert left open, Chromium gone): start a new one.
     */
    public boolean forget() {
        try {
            String first = driver.getWindowHandles().iterator().next();
            for (String window : driver.getWindowHandles()) {
                if (!window.equals(first)) {
                    driver.switchTo().window(window).close();
                }
            }
            driver.switchTo().window(first);
            driver.manage().window().setSize(WINDOW);
            driver.get("about:blank");
            driver.executeCdpCommand("Network.clearBrowserCookies", java.util.Map.of());
            return driver.manage().getCookies().isEmpty();
        } catch (org.openqa.selenium.WebDriverException unusable) {
            return false;
        }
    }

    @Override
    public void close() {
        if (lent) {
            // whoever borrows it next has it forgotten first
            return;
        }
        driver.quit();
        try (Stream<Path> paths = Files.walk(profile)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover profile under target/ is harmless
        }
    }
}
