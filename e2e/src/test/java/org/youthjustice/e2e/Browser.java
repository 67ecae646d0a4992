package org.youthjustice.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real browser on the console: Debian's headless Chromium driven through Debian's chromedriver (installed by
 * .ci/run; nothing is downloaded at test time), with the flags a closed network needs. Each page it lands on can be
 * checked by axe-core against WCAG 2.2 AA, and for anything the content security policy blocked.
 */
public final class Browser implements AutoCloseable {
    public static final String CHROMIUM = System.getProperty("yj.chromium", "/usr/bin/chromium");
    public static final String CHROMEDRIVER = System.getProperty("yj.chromedriver", "/usr/bin/chromedriver");
    /** The WCAG 2.2 AA rules axe-core checks (its tags), every level up to AA. */
    private static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private final ChromeDriver driver;
    private final String console;
    private final Path profile;

    public Browser(String consoleUrl, boolean javascript) {
        this.console = consoleUrl;
        try {
            profile = Files.createTempDirectory("yj-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,1024", "--user-data-dir=" + profile);
        if (!javascript) {
            options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    public static boolean installed() {
        return new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
    }

    public void open(String path) {
        driver.get(console + path);
    }

    /** Signs in on Keycloak's page, where the console sent the browser. */
    public void signIn(String username, String password) {
        open("/");
        wait(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("kc-login")).click();
        wait(By.id("main-content"));
    }

    public void signOut() {
        submit("Sign out");
        wait(By.xpath("//h1[normalize-space()='You have signed out']"));
    }

    /** What {@code by} finds once the page shows it; if it never does, the failure says which page was shown instead. */
    public WebElement wait(By by) {
        try {
            return new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(by));
        } catch (org.openqa.selenium.TimeoutException e) {
            String main = driver.findElements(By.tagName("main")).stream().findFirst().map(WebElement::getText).orElse("");
            throw new AssertionError("no " + by + " on " + driver.getCurrentUrl() + ", titled '" + driver.getTitle() + "': "
                    + main.substring(0, Math.min(main.length(), 600)), e);
        }
    }

    public WebElement find(By by) {
        return driver.findElement(by);
    }

    public List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    public void type(String id, String text) {
        WebElement input = driver.findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    public void date(String id, java.time.LocalDate date) {
        type(id, String.valueOf(date.getDayOfMonth()));
        type(id + "-month", String.valueOf(date.getMonthValue()));
        type(id + "-year", String.valueOf(date.getYear()));
    }

    /** Clicks the radio or checkbox whose label reads {@code label}, within the fieldset of {@code name}. */
    public void choose(String name, String value) {
        driver.findElement(By.cssSelector("input[name='" + name + "'][value='" + value + "']")).click();
    }

    public void select(String id, String value) {
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id(id))).selectByValue(value);
    }

    /**
     * Clicks the button and waits for the page the form's answer loads: a mark left on the old page's window is gone
     * once the new one has replaced it, and the new one has loaded.
     */
    public void submit(String buttonText) {
        follow(By.xpath("//button[normalize-space()='" + buttonText + "']"));
    }

    /** Clicks what {@code by} finds (a link, a form's button) and waits for the page it loads, as {@link #submit} does. */
    public void follow(By by) {
        driver.executeScript("window.yjPageBeforeSubmit = true");
        driver.findElement(by).click();
        // looked for every 50 ms, not WebDriverWait's 500: the old page is still there at the first look, and a
        // console test follows some 60 links and forms
        new WebDriverWait(driver, Duration.ofSeconds(30), Duration.ofMillis(50)).until(browser -> Boolean.TRUE.equals(driver.executeScript(
                "return window.yjPageBeforeSubmit === undefined && document.readyState === 'complete'")));
    }

    /** Runs a script in the page, as another site's page or a browser extension could. */
    public void script(String javascript) {
        driver.executeScript(javascript);
    }

    /** The Content-Type the console answers {@code url} with, fetched by the page itself (with its cookies). */
    public String fetchContentType(String url) {
        Object type = driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch(arguments[0], {credentials: 'same-origin'}).then(r => done(r.status + ' ' + r.headers.get('content-type')))"
                + ".catch(e => done('failed ' + e));", url);
        String answer = String.valueOf(type);
        assertThat(answer).as("fetching " + url).startsWith("200 ");
        return answer.substring(4);
    }

    /**
     * The whole page as a PNG named {@code name} in the directory {@code -Dyj.console.screenshots} names, for the README's
     * pictures of the console (taken once by a run asked for them, then committed); without it, nothing.
     */
    public void screenshot(String name) {
        String directory = System.getProperty("yj.console.screenshots", "");
        if (directory.isBlank()) {
            return;
        }
        Number height = (Number) driver.executeScript("return document.documentElement.scrollHeight");
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                "captureBeyondViewport", true, "clip", Map.of("x", 0, "y", 0, "width", 1280, "height", height.intValue(), "scale", 1)));
        try {
            Path file = Path.of(directory).resolve(name + ".png");
            Files.createDirectories(file.getParent());
            Files.write(file, java.util.Base64.getDecoder().decode((String) shot.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String title() {
        return driver.getTitle();
    }

    public String url() {
        return driver.getCurrentUrl();
    }

    public String text(By by) {
        return driver.findElement(by).getText();
    }

    /** The page passes axe-core's WCAG 2.2 AA rules with no violation; the failures, if any, name each element. */
    public void assertAccessible() {
        AxeRunOptions options = new AxeRunOptions();
        // the violations in full, the rules that passed by name only: a page's passes are most of what axe-core
        // would otherwise send back over WebDriver, and nothing reads them
        options.setResultTypes(List.of("violations"));
        // (the tags after the options: withOptions replaces the options withTags adds to)
        // axe-core run in the page itself: the console's pages have no frames, so the default's frame-by-frame run,
        // finished in a blank window of its own with axe-core injected a second time, would check nothing more
        Results results = new AxeBuilder().withOptions(options).withTags(WCAG_22_AA).setLegacyMode(true).analyze(driver);
        assertThat(results.getViolations()).as("axe-core violations on " + driver.getCurrentUrl() + ":\n"
                + results.getViolations().stream().map(Browser::describe).collect(Collectors.joining("\n"))).isEmpty();
    }

    /** Nothing on the page so far was refused by the content security policy, and no script failed. */
    public void assertNoConsoleErrors() {
        List<LogEntry> errors = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
                // a 4xx page is the console's answer, not a script's failure (the browser logs its status)
                .filter(entry -> !entry.getMessage().contains("the server responded with a status of 4"))
                .toList();
        assertThat(errors).as("the browser's console").isEmpty();
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).collect(Collectors.joining(", "));
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException ignored) {
                // a temporary profile left behind is removed with the machine's temporary files
            }
        }
    }
}
