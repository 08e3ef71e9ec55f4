package cn.safetygrading.bench;

import cn.safetygrading.SafetyGradingApplication;
import cn.safetygrading.bench.BenchReport.Row;
import cn.safetygrading.demo.DemoDataLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Not a test: how long each page takes on the demo data (issue #5: "no page takes more than a
 * second"), in Debian's headless Chromium at 1366×768 against the application as the README runs it
 * (embedded PostgreSQL, demo data, Vaadin development mode). Two figures a page: a full page load
 * (from the address to the document loaded and Vaadin with no request in flight: the view and its
 * grids' first data are there), and a navigation inside the application from the role's home page
 * (Vaadin's router, as the side menu and the inbox's rows navigate), which is what an official
 * working the inbox waits for; the target applies to that. Each page is loaded once to warm up, then
 * {@value #RUNS} times; the figure is the median, the slowest is noted. Prints the table and writes
 * {@code target/bench/pages.md}.
 *
 * <pre>mvn -Pbench -Dbench.class=cn.safetygrading.bench.PageTimingBenchmark test-compile exec:exec</pre>
 */
public final class PageTimingBenchmark {

    private static final int RUNS = 5;
    private static final Path CHROMIUM = Path.of(System.getProperty("chromium.binary", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver"));

    private PageTimingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of("target", "bench");
        Files.createDirectories(dir);
        BenchReport report = new BenchReport();
        SpringApplication app = new SpringApplication(SafetyGradingApplication.class);
        ChromeDriver browser = null;
        try (ConfigurableApplicationContext context = app.run("--app.data-dir=" + dir.resolve("pages-data-" + UUID.randomUUID()),
                "--spring.profiles.active=embedded,demo", "--logging.level.root=WARN", "--server.port=0",
                "--vaadin.launch-browser=false")) {
            String base = "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
            String taskId = reviewTask(context);
            report.header(String.format(Locale.ROOT, "# Page timings on the demo data, %s, %d cores, Chromium headless 1366×768, "
                    + "Vaadin development mode", LocalDateTime.now().withNano(0), Runtime.getRuntime().availableProcessors()));
            browser = browser();
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
            wait.pollingEvery(Duration.ofMillis(10));   // the default 500 ms would round every figure up to it
            Map<String, List<String>> pages = new LinkedHashMap<>();
            pages.put("", List.of("/notice", "/notice/hazards", "/login"));
            pages.put("enterprise", List.of("/enterprise", "/notice"));
            String uscc = DemoDataLoader.demoEnterpriseUscc(OffsetDateTime.now());
            pages.put("reviewer", List.of("/inbox", "/tasks/" + taskId, "/ledger", "/ledger/" + uscc));
            pages.put("expert", List.of("/inbox", "/ledger"));
            pages.put("manager", List.of("/dashboard", "/inbox", "/ledger", "/campaigns", "/supervision"));
            pages.put("demo", List.of("/dashboard", "/ledger"));
            for (Map.Entry<String, List<String>> role : pages.entrySet()) {
                browser.manage().deleteAllCookies();
                if (!role.getKey().isEmpty()) {
                    login(browser, wait, base, role.getKey());
                }
                String who = role.getKey().isEmpty() ? "public" : role.getKey();
                for (String page : role.getValue()) {
                    String name = page.startsWith("/tasks/") ? "/tasks/{taskId}" : page.startsWith("/ledger/") ? "/ledger/{uscc}" : page;
                    load(browser, wait, base + page);
                    double[] full = new double[RUNS];
                    for (int i = 0; i < RUNS; i++) {
                        full[i] = load(browser, wait, base + page);
                    }
                    report.add(new Row(String.format(Locale.ROOT, "%s %s, full page load (slowest of %d: %.0f ms)", who, name, RUNS,
                            BenchReport.percentile(full, 100)), "ms", BenchReport.percentile(full, 50), Double.NaN, "—", null));
                    if (role.getKey().isEmpty()) {
                        continue;
                    }
                    // within the application, as an official moves between pages: from the home page to this one
                    String home = role.getValue().get(0).equals(page) ? role.getValue().get(1) : role.getValue().get(0);
                    double[] nav = new double[RUNS];
                    for (int i = 0; i < RUNS; i++) {
                        navigate(browser, wait, home);
                        nav[i] = navigate(browser, wait, page);
                    }
                    double median = BenchReport.percentile(nav, 50);
                    report.add(new Row(String.format(Locale.ROOT, "%s %s, navigation in the application (slowest of %d: %.0f ms)",
                            who, name, RUNS, BenchReport.percentile(nav, 100)), "ms", median, Double.NaN, "≤ 1,000 ms",
                            median <= 1000));
                }
            }
        } finally {
            if (browser != null) {
                browser.quit();
            }
        }
        Path out = dir.resolve("pages.md");
        report.write(out);
        System.out.println();
        report.lines().forEach(System.out::println);
        System.exit(report.allMet() ? 0 : 1);
    }

    /** A preliminary review of the demo enterprise for the reviewer's task page. */
    private static String reviewTask(ConfigurableApplicationContext context) {
        RuntimeService runtime = context.getBean(RuntimeService.class);
        TaskService tasks = context.getBean(TaskService.class);
        String uscc = DemoDataLoader.demoEnterpriseUscc(OffsetDateTime.now());
        String pi = runtime.startProcessInstanceByKey("grading-cycle", uscc, Map.of("uscc", uscc, "spotCheckRatio", 0.0)).getId();
        tasks.complete(tasks.createTaskQuery().processInstanceId(pi).singleResult().getId(), Map.of("selfScore", 86));
        return tasks.createTaskQuery().processInstanceId(pi).taskDefinitionKey("preliminaryReview").singleResult().getId();
    }

    private static ChromeDriver browser() throws java.io.IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1366,768", "--lang=zh-CN", "--user-data-dir=" + Files.createTempDirectory("pages-chrome"));
        return new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build(), options);
    }

    /** Milliseconds from the navigation until the document is loaded and Vaadin has nothing in flight. */
    private static double load(ChromeDriver browser, WebDriverWait wait, String url) {
        long start = System.nanoTime();
        browser.get(url);
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return document.readyState === 'complete' && !!window.Vaadin && !!window.Vaadin.Flow"
                        + " && !!window.Vaadin.Flow.clients && Object.keys(window.Vaadin.Flow.clients).length > 0"
                        + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())")));
        return (System.nanoTime() - start) / 1e6;
    }

    /**
     * Milliseconds of a navigation inside the running application (Vaadin's router, as the side menu
     * and the inbox's rows do it): until the layout shows another view and Vaadin has nothing in flight.
     */
    private static double navigate(ChromeDriver browser, WebDriverWait wait, String path) {
        JavascriptExecutor js = browser;
        js.executeScript("window.__view = document.querySelector('vaadin-app-layout > :not([slot])');");
        long start = System.nanoTime();
        js.executeScript("history.pushState(null, '', arguments[0]); window.dispatchEvent(new PopStateEvent('popstate'));", path);
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "const v = document.querySelector('vaadin-app-layout > :not([slot])');"
                        + " return location.pathname === arguments[0] && v !== window.__view"
                        + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())", path)));
        return (System.nanoTime() - start) / 1e6;
    }

    private static void login(ChromeDriver browser, WebDriverWait wait, String base, String user) {
        browser.get(base + "/login");
        WebElement username = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("vaadin-login-form input[name=username]")));
        username.click();
        username.sendKeys(user + Keys.TAB);
        wait.until(d -> "password".equals(((JavascriptExecutor) d).executeScript(
                "return document.activeElement && document.activeElement.getAttribute('name')")));
        browser.switchTo().activeElement().sendKeys("demo" + Keys.ENTER);
        wait.until(d -> !d.getCurrentUrl().contains("/login"));
    }
}
