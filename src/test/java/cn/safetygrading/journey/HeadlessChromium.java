package cn.safetygrading.journey;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless at 1366×768 in Chinese, as the browser journey and the page timings
 * drive it: the flags this machine needs (no sandbox as root, no GPU, no background connections to a
 * closed network), a fresh profile each time, and the demo accounts' sign-in by keyboard alone.
 * The binaries can be moved with {@code -Dchromium.binary} and {@code -Dchromedriver.binary}.
 */
public final class HeadlessChromium {

    public static final Path CHROMIUM = Path.of(System.getProperty("chromium.binary", "/usr/bin/chromium"));
    public static final Path CHROMEDRIVER = Path.of(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver"));

    private HeadlessChromium() {}

    /** Whether Chromium and ChromeDriver are installed (Debian packages chromium, chromium-driver). */
    public static boolean available() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    /** A new browser with a profile of its own in a temporary directory named after {@code profile}. */
    public static ChromeDriver start(String profile) throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--window-size=1366,768",
                "--lang=zh-CN",
                "--user-data-dir=" + Files.createTempDirectory(profile));
        return new ChromeDriver(
                new ChromeDriverService.Builder()
                        .usingDriverExecutable(CHROMEDRIVER.toFile())
                        .build(),
                options);
    }

    /** Signs a demo account in (password {@code demo}) by keyboard alone: the name, Tab to the password, Enter. */
    public static void signIn(ChromeDriver browser, WebDriverWait wait, String base, String user) {
        browser.get(base + "/login");
        WebElement username = wait.until(
                ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-login-form input[name=username]")));
        username.click();
        username.sendKeys(user + Keys.TAB);
        wait.until(d -> "password"
                .equals(((JavascriptExecutor) d)
                        .executeScript(
                                "return document.activeElement && document.activeElement.getAttribute('name')")));
        browser.switchTo().activeElement().sendKeys("demo" + Keys.ENTER);
        wait.until(d -> !d.getCurrentUrl().contains("/login"));
    }
}
