package io.clientportal.web.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium for browser tests, driven through Debian's ChromeDriver. Each instance is a fresh browser
 * with an empty profile, so it is one independent person. Screenshots land in
 * {@code target/screenshots/<TestClass>/<name>.png}, kept with the build's test output.
 */
public final class HeadlessChromium implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private final Path screenshots;
    private final Path profile;
    private final Path downloads;
    private final ChromeDriver driver;

    public HeadlessChromium(Class<?> testClass) {
        for (Path binary : new Path[] {CHROMIUM, CHROMEDRIVER}) {
            if (!Files.isExecutable(binary)) {
                // A browser test that silently skips proves nothing: fail and say how to get the browser.
                throw new IllegalStateException(binary + " is missing: browser tests need Debian's packages "
                        + "(apt-get install -y chromium chromium-driver; .ci/run installs them).");
            }
        }
        screenshots = Path.of(System.getProperty("basedir", "."), "target", "screenshots", testClass.getSimpleName());
        try {
            profile = Files.createTempDirectory("chromium-profile-");
            downloads = Files.createDirectory(profile.resolve("downloads"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Naming the driver executable keeps Selenium Manager out: it would try to download a driver and a browser.
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions()
                .setBinary(CHROMIUM.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        // No calls home, no updates, no sign-in prompts: the machine reaches no such service.
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--no-first-run", "--window-size=1280,900", "--user-data-dir=" + profile)
                // Downloads land in the profile, unasked, where a test can read them.
                .setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                        "download.prompt_for_download", false));
        // The console, so a test can see what the page's Content-Security-Policy refused.
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        try {
            driver = new ChromeDriver(service, options);
        } catch (RuntimeException e) {
            deleteProfile();
            throw e;
        }
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String url) {
        driver.get(url);
    }

    /** Opens the address in a new tab of the same browser (same person, same session) and turns to it. */
    public void openInNewTab(String url) {
        driver.switchTo().newWindow(WindowType.TAB);
        driver.get(url);
    }

    /** The form field a {@code <label>} names, found through its {@code for}: proves the label is wired up. */
    public WebElement fieldLabelled(String label) {
        WebElement element = driver.findElement(By.xpath("//label[normalize-space()=" + quoted(label) + "]"));
        String target = element.getAttribute("for");
        if (target == null || target.isBlank()) {
            throw new AssertionError("The label \"" + label + "\" names no field");
        }
        return driver.findElement(By.id(target));
    }

    /**
     * The form field a label names, once the PrimeFaces widget that owns it has started: a date field's widget
     * writes its model's value into the field when it starts, so text typed before that (as on a loaded machine,
     * while the page's scripts still run) would be overwritten by the default.
     */
    public WebElement widgetFieldLabelled(String label) {
        WebElement field = fieldLabelled(label);
        try {
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> Boolean.TRUE.equals(script(
                    "return document.readyState === 'complete' && !!window.PrimeFaces && Object.values("
                            + "PrimeFaces.widgets).some(w => w && w.input && w.input[0] === arguments[0]);", field)));
        } catch (TimeoutException e) {
            // The caller's assertion on the field's value shows what happened.
        }
        return field;
    }

    /** A button as a person sees it: by its text, whether it is a {@code <button>} or a submit input. */
    public WebElement button(String text) {
        return driver.findElement(By.xpath("//button[normalize-space()=" + quoted(text) + "]"
                + " | //input[(@type='submit' or @type='button') and @value=" + quoted(text) + "]"));
    }

    /** The page's visible text, once it contains {@code expected} (or whatever it shows after 10 s). */
    public String textOnceItShows(String expected) {
        try {
            // A click that submits a form returns before the next page loads: the body read may be the old page's,
            // gone by the time its text is asked for. Chromium reports that as a stale element or, at other moments,
            // as a node that "does not belong to the document". Read again then.
            new WebDriverWait(driver, Duration.ofSeconds(10))
                    .ignoring(StaleElementReferenceException.class)
                    .ignoring(WebDriverException.class)
                    .until(d -> d.findElement(By.tagName("body")).getText().contains(expected));
        } catch (TimeoutException e) {
            // The caller's assertion then shows the page as it is, which says more than a timeout.
        }
        return driver.findElement(By.tagName("body")).getText();
    }

    /** Returns once no PrimeFaces overlay (a date field's calendar, a menu) shows over the page, or after 10 s. */
    public void overlaysGone() {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.findElements(By.cssSelector(
                    ".ui-input-overlay, .ui-datepicker-panel")).stream().noneMatch(WebElement::isDisplayed));
        } catch (TimeoutException e) {
            // The caller's next step (and its assertion) shows what was in the way.
        }
    }

    /** The address the browser shows, once it contains {@code expected} (or whatever it shows after 10 s). */
    public String urlOnceItContains(String expected) {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains(expected));
        } catch (TimeoutException e) {
            // As with the text: the caller's assertion shows the address it got.
        }
        return driver.getCurrentUrl();
    }

    /** Runs a script in the page (as the browser's devtools do: the page's CSP does not apply to it). */
    public Object script(String script, Object... arguments) {
        return driver.executeScript(script, arguments);
    }

    /** The files the browser has finished downloading, once there are {@code count} (or what there is after 10 s). */
    public List<Path> downloadsOnceThereAre(int count) {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> downloaded().size() >= count);
        } catch (TimeoutException e) {
            // The caller's assertion shows what did arrive.
        }
        return downloaded();
    }

    private List<Path> downloaded() {
        try (Stream<Path> files = Files.list(downloads)) {
            // Chromium writes a download as .crdownload (or a hidden temporary file) and renames it once complete.
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> !name.endsWith(".crdownload") && !name.startsWith("."))
                    .sorted().map(downloads::resolve).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the page's scripts and the browser itself wrote to the console since the last call. */
    public List<String> consoleMessages() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage).toList();
    }

    /** Saves what the browser shows now as {@code <name>.png}; returns the file. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(screenshots);
            File shot = driver.getScreenshotAs(OutputType.FILE);
            Path target = screenshots.resolve(name + ".png");
            Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            Files.delete(shot.toPath());
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteProfile();
        }
    }

    private void deleteProfile() {
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // A leftover temp profile harms nothing; the test result matters more.
        }
    }

    /** An XPath string literal; labels here never hold both kinds of quote. */
    private static String quoted(String text) {
        return text.contains("'") ? "\"" + text + "\"" : "'" + text + "'";
    }
}
