package cn.safetygrading.bench;

import cn.safetygrading.SafetyGradingApplication;
import cn.safetygrading.bench.BenchReport.Row;
import cn.safetygrading.demo.DemoDataLoader;
import cn.safetygrading.journey.HeadlessChromium;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Not a test: how long each page takes on the demo data (issue #5: "no page takes more than a
 * second"), in Debian's headless Chromium at 1366×768, on the embedded default with demo data.
 * Against the production jar as it is deployed ({@code -Dbench.jar=…}, built with
 * {@code mvn -Pproduction -DskipTests package}; writes {@code target/bench/pages-production.md}),
 * or, without it, against this JVM in Vaadin's development mode as {@code mvn spring-boot:run}
 * serves it ({@code target/bench/pages.md}; its client is larger and unoptimised, so its full loads
 * are reported but not held to the target).
 * <p>
 * Two figures a page, both read off the page's own clock: a full page load (from the start of the
 * navigation to the document loaded and Vaadin with no request in flight: the view and its grids'
 * first data are there), and a navigation inside the application from the role's home page
 * (Vaadin's router, as the side menu and the inbox's rows navigate). Each page is loaded once to warm
 * up, then {@code bench.runs} times (7 by default); the figure is the median, the slowest is noted.
 *
 * <pre>
 * mvn -Pproduction -DskipTests package &amp;&amp; cp target/safety-grading-0.1.0-SNAPSHOT.jar /tmp/sg.jar
 * mvn -Pbench -Dbench.class=cn.safetygrading.bench.PageTimingBenchmark -Dbench.jvmArgs=-Dbench.jar=/tmp/sg.jar test-compile exec:exec
 * </pre>
 * (the copy, because {@code test-compile} without {@code -Pproduction} leaves the jar alone but a
 * later {@code package} would rebuild it in development mode).
 */
public final class PageTimingBenchmark {

    /** Loads of each page after its warm-up ({@code -Dbench.runs}); machine noise wants more than a few. */
    private static final int RUNS = Integer.getInteger("bench.runs", 7);

    private static final ObjectMapper JSON = new ObjectMapper();

    private PageTimingBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path dir = Path.of("target", "bench");
        Files.createDirectories(dir);
        BenchReport report = new BenchReport();
        String jar = System.getProperty("bench.jar", "");
        ChromeDriver browser = null;
        try (Server server = jar.isBlank() ? Server.inProcess(dir) : Server.jar(Path.of(jar), dir)) {
            String base = server.base();
            String taskId = reviewTask(base);
            report.header(String.format(
                    Locale.ROOT,
                    "# Page timings on the demo data, %s, %d cores, Chromium headless 1366×768, " + "Vaadin %s mode",
                    LocalDateTime.now().withNano(0),
                    Runtime.getRuntime().availableProcessors(),
                    server.production() ? "production (" + jar + ")" : "development"));
            browser = browser();
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
            wait.pollingEvery(Duration.ofMillis(50)); // the figures come from the page's clock; this only picks them up
            ChromeDriver shown = browser;
            wait.withMessage(() -> "page state: "
                    + shown.executeScript("return JSON.stringify({location: location.pathname,"
                            + " readyState: document.readyState, sg: window.__sg, navStart: window.__navStart, now: performance.now(),"
                            + " active: Object.values((window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients) || {})"
                            + ".map(c => c.isActive && c.isActive()), view: (document.querySelector('vaadin-app-layout > :not([slot])') || {}).tagName,"
                            + " sameView: document.querySelector('vaadin-app-layout > :not([slot])') === window.__view,"
                            + " was: (window.__view || {}).tagName})"));
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
                    HeadlessChromium.signIn(browser, wait, base, role.getKey());
                }
                String who = role.getKey().isEmpty() ? "public" : role.getKey();
                for (String page : role.getValue()) {
                    String name = page.startsWith("/tasks/")
                            ? "/tasks/{taskId}"
                            : page.startsWith("/ledger/") ? "/ledger/{uscc}" : page;
                    load(browser, wait, base + page);
                    double[] full = new double[RUNS];
                    for (int i = 0; i < RUNS; i++) {
                        full[i] = load(browser, wait, base + page);
                    }
                    double fullMedian = BenchReport.percentile(full, 50);
                    // the target is for what users are served (the production bundle); development mode's client is
                    // larger
                    report.add(new Row(
                            String.format(
                                    Locale.ROOT,
                                    "%s %s, full page load (slowest of %d: %.0f ms)",
                                    who,
                                    name,
                                    RUNS,
                                    BenchReport.percentile(full, 100)),
                            "ms",
                            fullMedian,
                            Double.NaN,
                            server.production() ? "≤ 1,000 ms" : "—",
                            server.production() ? fullMedian <= 1000 : null));
                    if (role.getKey().isEmpty()) {
                        continue;
                    }
                    // within the application, as an official moves between pages: from the home page to this one
                    String home = role.getValue().get(0).equals(page)
                            ? role.getValue().get(1)
                            : role.getValue().get(0);
                    double[] nav = new double[RUNS];
                    for (int i = 0; i < RUNS; i++) {
                        navigate(browser, wait, home);
                        nav[i] = navigate(browser, wait, page);
                    }
                    double median = BenchReport.percentile(nav, 50);
                    report.add(new Row(
                            String.format(
                                    Locale.ROOT,
                                    "%s %s, navigation in the application (slowest of %d: %.0f ms)",
                                    who,
                                    name,
                                    RUNS,
                                    BenchReport.percentile(nav, 100)),
                            "ms",
                            median,
                            Double.NaN,
                            "≤ 1,000 ms",
                            median <= 1000));
                }
            }
        } finally {
            if (browser != null) {
                browser.quit();
            }
        }
        Path out = dir.resolve(jar.isBlank() ? "pages.md" : "pages-production.md");
        report.write(out);
        System.out.println();
        report.lines().forEach(System.out::println);
        System.exit(report.allMet() ? 0 : 1);
    }

    /**
     * The application under measurement: in this JVM as {@code mvn spring-boot:run} serves it
     * (development mode), or a runnable jar ({@code -Dbench.jar=target/safety-grading-….jar}, built with
     * {@code -Pproduction}) started as its own process, as it is deployed. Both on the embedded default
     * with demo data and a fresh data directory.
     */
    private record Server(String base, boolean production, AutoCloseable stop) implements AutoCloseable {

        @Override
        public void close() throws Exception {
            stop.close();
        }

        static Server inProcess(Path dir) {
            ConfigurableApplicationContext context = new SpringApplication(SafetyGradingApplication.class)
                    .run(
                            "--app.data-dir=" + dir.resolve("pages-data-" + UUID.randomUUID()),
                            "--spring.profiles.active=embedded,demo",
                            "--logging.level.root=WARN",
                            "--server.port=0",
                            "--vaadin.launch-browser=false");
            return new Server(
                    "http://localhost:" + context.getEnvironment().getProperty("local.server.port"),
                    false,
                    context::close);
        }

        static Server jar(Path jar, Path dir) throws Exception {
            if (!Files.isRegularFile(jar)) {
                throw new IllegalArgumentException(
                        jar + " is not a file: build it with mvn -Pproduction -DskipTests package");
            }
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            Path log = dir.resolve("pages-server.log");
            Process process = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-Xmx1g",
                            "-jar",
                            jar.toString(),
                            "--app.data-dir=" + dir.resolve("pages-data-" + UUID.randomUUID()),
                            "--spring.profiles.active=embedded,demo",
                            "--server.port=" + port,
                            "--vaadin.launch-browser=false")
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            String base = "http://localhost:" + port;
            HttpClient http = HttpClient.newHttpClient();
            long until = System.nanoTime() + Duration.ofMinutes(3).toNanos();
            while (true) {
                if (!process.isAlive()) {
                    throw new IllegalStateException(
                            jar + " stopped with exit code " + process.exitValue() + "; see " + log);
                }
                try {
                    if (http.send(
                                            HttpRequest.newBuilder(URI.create(base + "/actuator/health"))
                                                    .build(),
                                            HttpResponse.BodyHandlers.discarding())
                                    .statusCode()
                            == 200) {
                        break;
                    }
                } catch (java.io.IOException notYet) {
                    // not listening yet
                }
                if (System.nanoTime() > until) {
                    process.destroyForcibly();
                    throw new IllegalStateException(jar + " did not come up within 3 minutes; see " + log);
                }
                Thread.sleep(500);
            }
            if (!Files.readString(log).contains("Vaadin is running in production mode")) {
                process.destroy();
                throw new IllegalStateException(
                        jar + " is not a production build (rebuild it with -Pproduction); see " + log);
            }
            return new Server(base, true, () -> {
                process.destroy();
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            });
        }
    }

    /**
     * A preliminary review of the demo enterprise for the reviewer's task page, set up through the
     * Camunda REST API (as the administrator {@code demo}), so that both kinds of server take the same path.
     */
    private static String reviewTask(String base) throws Exception {
        String uscc = DemoDataLoader.demoEnterpriseUscc(OffsetDateTime.now());
        ObjectNode start = JSON.createObjectNode().put("businessKey", uscc);
        ObjectNode variables = start.putObject("variables");
        variables.putObject("uscc").put("value", uscc).put("type", "String");
        variables.putObject("spotCheckRatio").put("value", 0.0).put("type", "Double");
        String pi = rest(base, "POST", "/process-definition/key/grading-cycle/start", start)
                .get("id")
                .asText();
        String selfAssessment = rest(base, "GET", "/task?processInstanceId=" + pi, null)
                .get(0)
                .get("id")
                .asText();
        // the score is computed from the checklist answers, never typed: every item of the case's checklist met
        String checklistId = rest(base, "GET", "/process-instance/" + pi + "/variables/checklistId", null)
                .get("value")
                .asText();
        ObjectNode answers = JSON.createObjectNode();
        try (var in = PageTimingBenchmark.class.getResourceAsStream("/checklists/" + checklistId + ".json")) {
            JSON.readTree(in)
                    .get("sections")
                    .forEach(section -> section.get("items")
                            .forEach(item -> answers.put(item.get("id").asText(), "MET")));
        }
        ObjectNode complete = JSON.createObjectNode();
        complete.putObject("variables")
                .putObject("checklistAnswers")
                .put("value", answers.toString())
                .put("type", "String");
        rest(base, "POST", "/task/" + selfAssessment + "/complete", complete);
        return rest(base, "GET", "/task?processInstanceId=" + pi + "&taskDefinitionKey=preliminaryReview", null)
                .get(0)
                .get("id")
                .asText();
    }

    private static JsonNode rest(String base, String method, String path, JsonNode body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/engine-rest" + path))
                .header(
                        "Authorization",
                        "Basic " + Base64.getEncoder().encodeToString("demo:demo".getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(body.toString()))
                .build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(
                    method + " " + path + ": HTTP " + response.statusCode() + " " + response.body());
        }
        return response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
    }

    private static ChromeDriver browser() throws java.io.IOException {
        ChromeDriver driver = HeadlessChromium.start("pages-chrome");
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", SETTLE_WATCH));
        return driver;
    }

    /**
     * Put into every document before its own scripts (Chrome DevTools' addScriptToEvaluateOnNewDocument):
     * every 5 ms it checks whether the page has settled (the document loaded, the UI's own Vaadin
     * client there with no request in flight, a view drawn in Flow's container) and notes, on the page's own clock, when it last became so. The
     * figures are read off that clock, so WebDriver's polling (a round trip through chromedriver each
     * time, on the same two cores) does not slow what it measures.
     */
    private static final String SETTLE_WATCH = """
            (function () {
              let settled = false;
              window.__sg = { settledAt: null };
              setInterval(function () {
                const flow = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;
                // the UI's own client (not only the bootstrap's) and a view drawn in Flow's container
                const now = document.readyState === 'complete' && !!flow && !!flow.ROOT
                    && Object.values(flow).every(c => !c.isActive || !c.isActive())
                    && [...document.querySelectorAll('#outlet > *')].some(e => e.tagName.startsWith('FLOW-CONTAINER') && e.children.length > 0);
                if (now && !settled) {
                  window.__sg.settledAt = performance.now();
                }
                settled = now;
              }, 5);
            })();
            """;
    /** How long the page must have stayed settled before its figure is taken (a later request would move it). */
    private static final int QUIET_MS = 300;

    /**
     * Milliseconds from the start of the navigation (the page's time origin) until the document is
     * loaded and Vaadin has nothing in flight: the view and its grids' first data are there.
     */
    private static double load(ChromeDriver browser, WebDriverWait wait, String url) {
        browser.get(url);
        return ((Number) wait.until(d -> ((JavascriptExecutor) d)
                        .executeScript(
                                "const s = window.__sg; return s && s.settledAt !== null && performance.now() - s.settledAt >= arguments[0]"
                                        + " && document.readyState === 'complete' ? s.settledAt : null",
                                QUIET_MS)))
                .doubleValue();
    }

    /**
     * Milliseconds of a navigation inside the running application (Vaadin's router, as the side menu
     * and the inbox's rows do it): until the layout shows another view and Vaadin has nothing in flight.
     */
    private static double navigate(ChromeDriver browser, WebDriverWait wait, String path) {
        JavascriptExecutor js = browser;
        js.executeScript(
                "window.__view = document.querySelector('vaadin-app-layout > :not([slot])');"
                        + " window.__sg.settledAt = null; window.__navStart = performance.now();"
                        + " history.pushState(null, '', arguments[0]); window.dispatchEvent(new PopStateEvent('popstate'));",
                path);
        return ((Number) wait.until(d -> ((JavascriptExecutor) d)
                        .executeScript(
                                "const v = document.querySelector('vaadin-app-layout > :not([slot])'); const s = window.__sg;"
                                        + " return location.pathname === arguments[0] && v !== window.__view && s.settledAt !== null"
                                        + " && s.settledAt > window.__navStart && performance.now() - s.settledAt >= arguments[1]"
                                        + " ? s.settledAt - window.__navStart : null",
                                path,
                                QUIET_MS)))
                .doubleValue();
    }
}
