package io.kuajing.app.web;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The system's headless Chromium driven through its ChromeDriver (Debian's chromium and chromium-driver, which
 * .ci/run installs): never a browser or driver of Selenium's own. A fresh profile per browser, a phone's viewport,
 * and the flags this closed network needs (nothing may call out: no sync, no component updates, no QUIC).
 * Screenshots go to target/screenshots.
 */
final class Browser implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String CHROMIUM = System.getProperty("kuajing.chromium", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getProperty("kuajing.chromedriver", "/usr/bin/chromedriver");

    private final ChromeDriver driver;
    private final Path profile;
    private final String baseUrl;

    Browser(String baseUrl) {
        this.baseUrl = baseUrl.replaceAll("/$", "");
        try {
            profile = Files.createTempDirectory("kuajing-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--window-size=412,915", "--lang=zh-CN");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        // An element looked for right after a click may belong to the page the click is still loading.
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(10));
    }

    void open(String path) {
        driver.get(baseUrl + path);
    }

    /**
     * Opens a page until it shows an element, for at most 30 s: right after start a way to buy may still be shown as
     * unavailable while the carriers' first quotes are asked. On time-out the page's own text says why.
     */
    WebElement openUntil(String path, String css) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            open(path);
            List<WebElement> found = all(css);
            if (!found.isEmpty()) {
                return found.get(0);
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError(path + " shows no " + css + " within 30 s:\n" + text());
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    void type(String css, String text) {
        WebElement input = find(css);
        input.clear();
        input.sendKeys(text);
    }

    /**
     * The path once the browser has arrived at the one expected (10 s at most), else where it stands: a form's
     * click returns before its redirect is followed on a busy machine.
     */
    String pathOnceAt(String expected) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!path().equals(expected) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return path();
    }

    /**
     * An element's attribute once it reads one of {@code expected} (10 s at most), else its last reading: a click that
     * answers with a new page returns before the page is replaced, and an element read meanwhile goes stale.
     */
    String attributeOnce(String css, String attribute, String... expected) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        String value = null;
        while (true) {
            try {
                value = find(css).getAttribute(attribute);
            } catch (org.openqa.selenium.StaleElementReferenceException replacedMeanwhile) {
                value = null;
            } catch (org.openqa.selenium.WebDriverException e) {
                // Chromium 156 reports an element replaced between the find and the read this way, not as stale.
                if (e.getMessage() == null || !e.getMessage().contains("does not belong to the document")) {
                    throw e;
                }
                value = null;
            }
            if (java.util.Arrays.asList(expected).contains(value) || System.nanoTime() > deadline) {
                return value;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return value;
            }
        }
    }

    String path() {
        return driver.getCurrentUrl().substring(baseUrl.length());
    }

    String text() {
        return find("body").getText();
    }

    /**
     * What the server answers this signed-in browser at {@code path} — status, content type, then the body with any
     * byte-order mark kept — read by the page's own fetch: a download is checked without the browser saving a file.
     */
    String fetch(String path) {
        return (String) driver.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + " fetch(arguments[0]).then(function (r) { return r.arrayBuffer().then(function (body) {"
                + " done(r.status + ' ' + r.headers.get('Content-Type') + '\\n'"
                + " + new TextDecoder('utf-8', {ignoreBOM: true}).decode(body)); }); })"
                + ".catch(function (e) { done('failed: ' + e); });", path);
    }

    void signIn(String user) {
        open("/web/login");
        type("#username", user);
        type("#password", user);
        find("#sign-in").click();
    }

    /** Saves what the browser shows as target/screenshots/{name}.png, full page height. */
    Path screenshot(String name) {
        Object height = driver.executeScript("return document.documentElement.scrollHeight");
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(412, Math.min(4000, Math.max(915,
                ((Number) height).intValue()))));
        try {
            Files.createDirectories(SCREENSHOTS);
            Path target = SCREENSHOTS.resolve(name + ".png");
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(412, 915));
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException ignored) {
            // A profile left in the temp folder is harmless.
        }
    }
}
