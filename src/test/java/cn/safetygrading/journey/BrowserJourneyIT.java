package cn.safetygrading.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.safetygrading.IntegrationTest;
import cn.safetygrading.demo.DemoDataLoader;
import cn.safetygrading.grading.service.GradingProperties;
import cn.safetygrading.ledger.domain.EnterpriseEvent;
import cn.safetygrading.ledger.persistence.EnterpriseEventMapper;
import cn.safetygrading.notice.service.NoticeService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A real browser (Debian's headless chromium): the enterprise submits its self-assessment, the
 * county reviewer finds it in the inbox and approves it, the public sees it on /notice. Screenshots
 * of each step go to target/journey/.
 */
class BrowserJourneyIT extends IntegrationTest {

    private static final Path SHOTS = Path.of("target/journey");

    @LocalServerPort
    int port;

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService tasks;

    @Autowired
    IdentityService identity;

    /** The application's clock: what the pages show is computed from it in Asia/Shanghai, whatever the JVM's zone. */
    @Autowired
    Clock clock;

    @Autowired
    GradingProperties grading;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EnterpriseEventMapper events;

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    /** What no page may show a user: engine codes, rule ids, decision internals, Java exceptions (issue #15, 5). */
    private static final List<String> ENGINE_TEXT =
            List.of("ENGINE-", "Rule_", "grade=", "Exception", "java.", "org.camunda", "RANDOM", "SUBMITTED");

    private ChromeDriver browser;
    private WebDriverWait wait;
    private final String uscc = DemoDataLoader.demoEnterpriseUscc(OffsetDateTime.now());

    @BeforeEach
    void startBrowser() throws IOException {
        assumeTrue(
                HeadlessChromium.available(),
                "chromium and chromedriver (Debian packages chromium, chromium-driver) are needed; .ci/run installs them");
        Files.createDirectories(SHOTS);
        browser = HeadlessChromium.start("journey-chrome");
        wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(uscc)
                .list()
                .forEach(p -> runtime.deleteProcessInstance(p.getId(), "journey reset", true, true));
        // notices other tests left open for this enterprise (with their own clocks) would be a second row on
        // /notice: the journey reads the row of its own case
        jdbc.update("update notice set status = 'WITHDRAWN' where uscc = ? and status = 'OPEN'", uscc);
        runtime.startProcessInstanceByKey("grading-cycle", uscc, Map.of("uscc", uscc, "spotCheckRatio", 0.0));
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void selfAssessmentReviewAndPublicNotice() throws IOException {
        // 1. the enterprise answers its checklist and submits
        login("enterprise");
        waitFor("#self-assessment");
        // the checklist is a tab per section; only the open tab is in the page
        long sections = (Long) js("return document.querySelectorAll('#self-assessment vaadin-tab').length");
        assertThat(sections).isGreaterThan(1);
        for (int i = 0; i < sections; i++) {
            js("document.querySelectorAll('#self-assessment vaadin-tab')[" + i + "].click()");
            int tab = i;
            String panel = "document.getElementById(document.querySelectorAll('#self-assessment vaadin-tab')[" + tab
                    + "]" + ".getAttribute('aria-controls'))";
            wait.until(d -> (Boolean) js("const p = " + panel + "; return !!p && !p.hidden"
                    + " && p.querySelectorAll('vaadin-radio-group[id^=answer-]').length > 0"));
            js(panel + ".querySelectorAll('vaadin-radio-group[id^=answer-]').forEach(g => "
                    + "g.querySelector('vaadin-radio-button input').click())");
        }
        wait.until(d -> text("#live-score").startsWith("当前得分 100.0"));
        shot("1-self-assessment");
        // a phone: the step tracker wraps inside the screen (issue #15, 8)
        atPhoneWidth();
        waitFor("#portal-tracker");
        wait.until(d -> fitsTheScreen("#portal-tracker"));
        js("window.scrollTo(0, 0)");
        shot("p1-enterprise-390");
        atDesktopWidth();
        click("#submit-self-assessment");
        waitFor("#confirm-submit");
        shot("1b-confirm");
        click("#confirm-submit");
        wait.until(d -> tasks.createTaskQuery()
                        .processInstanceBusinessKey(uscc)
                        .taskDefinitionKey("preliminaryReview")
                        .count()
                == 1);
        logout();

        // 2. the county reviewer finds it in the inbox and approves grade A
        login("reviewer");
        waitFor("#inbox-grid");
        // at 1366 px the due date and 办理 are on the screen (issue #15, 7)
        wait.until(d -> inView(HEADER_DUE) && inView(OPEN_BUTTON));
        shot("2-inbox");
        // a phone: the key columns stay, the filters fold behind 筛选 (issue #15, 8)
        atPhoneWidth();
        wait.until(d -> inView(OPEN_BUTTON) && inView("#inbox-filter-toggle") && !inView("#inbox-search"));
        assertThat((Boolean) js("return document.documentElement.scrollWidth <= window.innerWidth + 1"))
                .isTrue();
        shot("p2-inbox-390");
        var reviewTask =
                tasks.createTaskQuery().processInstanceBusinessKey(uscc).singleResult();
        String taskId = reviewTask.getId();
        // the enterprise's statement, long and with an unbroken run, in the case's discussion
        identity.setAuthenticatedUserId("enterprise");
        try {
            tasks.createComment(taskId, reviewTask.getProcessInstanceId(), STATEMENT);
        } finally {
            identity.clearAuthentication();
        }
        browser.get(url("/tasks/" + taskId));
        waitFor("#task-form");
        // the proposal is explained in words, no engine text on the page (issue #15, 5)
        wait.until(d -> text("#task-decisions").matches("(?s).*诊断得分 100(\\.0+)? 分，在 90 分及以上，建议定为 A 级。.*"));
        assertNoEngineText();
        // a phone: the form and the case in one column
        waitFor("#task-stacked");
        wait.until(d -> fitsTheScreen("#task-form"));
        // the enterprise's statement shows whole on the phone too: time and author wrap to leave it room
        waitSaying(() -> "comments at 390 px: " + js(STATEMENT_STATE, STATEMENT))
                .until(d -> statementIsWhole());
        shot("p3-task-390");
        js("document.querySelector('#complete-task').scrollIntoView({block: 'center'})");
        shot("p3b-task-390-submit");
        atDesktopWidth();
        wait.until(d -> browser.findElements(By.cssSelector("#task-stacked")).isEmpty());
        // and at 1366 px beside the form
        waitSaying(() -> "comments: " + js(STATEMENT_STATE, STATEMENT)).until(d -> statementIsWhole());
        js("document.querySelector('#task-comments').scrollIntoView({block: 'center'})");
        shot("2b-task-comments-1366");
        js("const g = [...document.querySelectorAll('vaadin-radio-button')].find(b => b.textContent.includes('通过'));"
                + "g.querySelector('input').click();");
        // the grade appears once the decision is 通过 (the form's conditional, evaluated on the server)
        WebElement select =
                wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#task-form vaadin-select")));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", select);
        select.click();
        wait.until(
                d -> (Boolean)
                        js(
                                "return [...document.querySelectorAll('vaadin-select-item')].some(i => i.textContent.trim().startsWith('A'))"));
        js(
                "[...document.querySelectorAll('vaadin-select-item')].find(i => i.textContent.trim().startsWith('A')).click()");
        shot("3-review");
        Instant before = clock.instant();
        click("#complete-task");
        wait.until(d -> tasks.createTaskQuery().processInstanceBusinessKey(uscc).count() == 0);
        Instant after = clock.instant();
        assertNoEngineText();
        logout();

        // 3. the public sees it on the notice list, without signing in
        browser.get(url("/notice"));
        waitFor("#notice-grid");
        wait.until(
                d -> (Boolean)
                        js(
                                "return document.querySelector('#notice-grid').innerText.includes('威海环翠海鑫食品有限公司')"
                                        + " || [...document.querySelectorAll('vaadin-grid-cell-content')].some(c => c.textContent.includes('威海环翠海鑫食品有限公司'))"));
        shot("4-notice");
        // 公示截止 is the application's today in Beijing plus the notice period, even with the JVM in UTC (issue #15, 6)
        String ends = DateTimeFormatter.ISO_LOCAL_DATE.format(ZonedDateTime.ofInstant(after, BEIJING)
                .plus(NoticeService.parsePeriod(grading.noticePeriod()))
                .toLocalDate());
        assertThat(noticeRow("威海环翠海鑫食品有限公司")).contains(ends);
        assertNoEngineText();
        // a phone (the notice is shared in WeChat): grade, deadline and 提出异议 are on the screen
        atPhoneWidth();
        wait.until(d -> inView(NOTICE_GRADE) && inView(NOTICE_ENDS) && inView(".notice-object"));
        assertThat((Boolean) js("return document.documentElement.scrollWidth <= window.innerWidth + 1"))
                .isTrue();
        shot("p4-notice-390");
        atDesktopWidth();

        // 4. the manager's dashboard draws its charts (ECharts from the webjar, as SVG in the element's shadow root)
        login("manager");
        browser.get(url("/dashboard"));
        waitFor("#dashboard-grade-chart");
        wait.until(
                d -> (Boolean)
                        js(
                                "const c = document.querySelector('#dashboard-grade-chart');"
                                        + "return !!c.shadowRoot && !!c.shadowRoot.querySelector('svg') && c.shadowRoot.querySelector('svg').textContent.includes('环翠区')"));
        shot("5-dashboard");
        assertNoEngineText();

        // the ledger shows every company name whole at 1366 px, never "威海环…" (issue #15, 7)
        browser.get(url("/ledger"));
        waitFor("#ledger-grid");
        wait.until(d -> !ledgerNames().isEmpty());
        assertThat(ledgerNames())
                .allSatisfy(cell -> assertThat(cell.get("whole"))
                        .as("%s is shown whole", cell.get("name"))
                        .isEqualTo(Boolean.TRUE));
        shot("5a-ledger-1366");

        // the enterprise file's tabs 处理措施 and 定级 fit a desktop and a phone
        for (String tab : List.of("measure.tab", "gradingSection.title")) {
            String content = tab.equals("measure.tab") ? "#measure-grid" : "#grading-requests";
            for (int width : new int[] {1366, 390}) {
                browser.manage().window().setSize(new Dimension(width, width == 390 ? 844 : 768));
                browser.get(url("/ledger/" + uscc + "?tab=" + tab));
                waitFor(content);
                wait.until(d -> inView(tab.equals("measure.tab") ? "#measure-register" : "#grading-state")
                        && (Boolean) js(
                                "const e = document.querySelector(arguments[0]); const r = e.getBoundingClientRect();"
                                        + "return r.height > 40 && r.left >= 0 && r.right <= window.innerWidth + 1",
                                content));
                assertThat((Boolean) js("return document.documentElement.scrollWidth <= window.innerWidth + 1"))
                        .as("%s at %d px is no wider than the screen", tab, width)
                        .isTrue();
                assertNoEngineText();
                shot("5c-file-" + (tab.equals("measure.tab") ? "measures" : "grading") + "-" + width);
            }
        }
        atDesktopWidth();

        // the enterprise file's timeline shows when the notice began in Beijing time, as the inbox does (issue #15, 6)
        browser.get(url("/ledger/" + uscc));
        waitFor("#enterprise-timeline");
        List<String> minutes = beijingMinutes(before, after);
        // other tests walk this demo enterprise with the clock days ahead, so their lines can sit above the
        // notice's: scroll to the notice's line (its place in the file, newest first) before reading it
        int line = noticeLine(before, after);
        js("document.querySelector('#enterprise-timeline').scrollToIndex(arguments[0])", line);
        wait.until(d -> (Boolean) js(
                "return [...document.querySelectorAll('#enterprise-timeline vaadin-grid-cell-content')]"
                        + ".some(c => arguments[0].includes(c.textContent.trim()))",
                minutes));
        assertNoEngineText();
        shot("5b-enterprise-file");

        // 5. a tablet in portrait: the inbox fits the width, the menu folds into the drawer toggle
        browser.manage().window().setSize(new Dimension(820, 1180));
        browser.get(url("/inbox"));
        waitFor("#inbox-grid");
        wait.until(d -> (Boolean) js("return document.documentElement.scrollWidth <= window.innerWidth + 1"));
        shot("6-tablet-inbox");
        assertThat(runtime.createProcessInstanceQuery()
                        .processInstanceBusinessKey(uscc)
                        .singleResult())
                .isNotNull();
        assertThat(Files.size(SHOTS.resolve("4-notice.png"))).isPositive();
    }

    /**
     * Issue #15, 1–3: the reviewer reads the checklist item by item with its evidence and ticks what to
     * correct; the returned self-assessment comes back filled in, with those items marked and the file kept;
     * the second review opens empty. At desktop (1366 px) and phone (390 px) width.
     */
    @Test
    void aReturnComesBackFilledInAndTheReviewerSeesTheChecklist() throws IOException {
        browser.manage().window().setSize(new Dimension(1366, 900));
        login("enterprise");
        waitFor("#self-assessment");
        long sections = (Long) js("return document.querySelectorAll('#self-assessment vaadin-tab').length");
        for (int i = 0; i < sections; i++) {
            js("document.querySelectorAll('#self-assessment vaadin-tab')[" + i + "].click()");
            String panel = "document.getElementById(document.querySelectorAll('#self-assessment vaadin-tab')[" + i + "]"
                    + ".getAttribute('aria-controls'))";
            wait.until(d -> (Boolean) js("const p = " + panel + "; return !!p && !p.hidden"
                    + " && p.querySelectorAll('vaadin-radio-group[id^=answer-]').length > 0"));
            js(panel + ".querySelectorAll('vaadin-radio-group[id^=answer-]').forEach(g => "
                    + "g.querySelector('vaadin-radio-button input').click())");
        }
        wait.until(d -> text("#live-score").startsWith("当前得分 100.0"));
        Path pdf = Files.createTempFile("evidence", ".pdf");
        Files.writeString(pdf, "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
        Path named = pdf.resolveSibling("自评报告.pdf");
        Files.move(pdf, named, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        WebElement input = (WebElement) js("return document.querySelector('#evidence-upload').shadowRoot"
                + " ? document.querySelector('#evidence-upload input[type=file]') || document.querySelector('#evidence-upload')"
                + ".shadowRoot.querySelector('input[type=file]') : null");
        input.sendKeys(named.toAbsolutePath().toString());
        wait.until(d -> (Boolean) js("return document.body.innerText.includes('已选择')"));
        click("#submit-self-assessment");
        click("#confirm-submit");
        wait.until(d -> tasks.createTaskQuery()
                        .processInstanceBusinessKey(uscc)
                        .taskDefinitionKey("preliminaryReview")
                        .count()
                == 1);
        logout();

        // 2. the reviewer reads the answers and the evidence, ticks two items and returns
        login("reviewer");
        String review = tasks.createTaskQuery()
                .processInstanceBusinessKey(uscc)
                .singleResult()
                .getId();
        browser.get(url("/tasks/" + review));
        waitFor("#checklist-review");
        wait.until(d ->
                (Boolean) js("return !!document.querySelector('#checklist-review a[href^=\"/files/evidence/\"]')"));
        String evidenceHref =
                (String) js("return document.querySelector('#checklist-review a[href^=\"/files/evidence/\"]').href");
        js(
                "const g = [...document.querySelectorAll('#task-form vaadin-radio-button')].find(b => b.textContent.includes('退回'));"
                        + "g.querySelector('input').click();");
        wait.until(d -> (Boolean) js("return !!document.querySelector('#checklist-review-items vaadin-checkbox')"));
        js(
                "const c = document.querySelectorAll('#checklist-review-items vaadin-checkbox'); c[0].click(); c[1].click();");
        wait.until(
                d -> (Boolean)
                        js(
                                "return [...document.querySelectorAll('#task-form vaadin-text-field')].some(f => /[、]/.test(f.value || ''))"));
        js("document.querySelector('#task-form vaadin-text-area').value = '请补充第1、2项的证明材料';"
                + "document.querySelector('#task-form vaadin-text-area').dispatchEvent(new Event('change'));");
        js("document.querySelector('#checklist-review').scrollIntoView()");
        shot("7-review-checklist-1366");
        browser.manage().window().setSize(new Dimension(390, 844));
        shot("7b-review-checklist-390");
        browser.manage().window().setSize(new Dimension(1366, 900));
        // the file opens in the browser, as a PDF, inline
        String type = (String) js(
                "const r = new XMLHttpRequest(); r.open('GET', arguments[0], false); r.send();"
                        + "return r.status + ' ' + r.getResponseHeader('Content-Type') + ' ' + r.getResponseHeader('Content-Disposition');",
                evidenceHref);
        assertThat(type).startsWith("200 application/pdf").contains("inline");
        click("#complete-task");
        wait.until(d -> tasks.createTaskQuery()
                        .processInstanceBusinessKey(uscc)
                        .taskDefinitionKey("selfAssessment")
                        .count()
                == 1);
        logout();

        // 1. the enterprise gets its answers, comment and file back, with the ticked items marked
        login("enterprise");
        waitFor("#self-assessment");
        wait.until(d -> text("#live-score").startsWith("当前得分 100.0"));
        waitFor("#return-items");
        assertThat((Long) js("return document.querySelectorAll('[data-to-correct]').length"))
                .isEqualTo(2L);
        assertThat(text("#stored-evidence")).contains("自评报告.pdf");
        shot("8-returned-1366");
        browser.manage().window().setSize(new Dimension(390, 844));
        js("document.querySelector('#return-reason').scrollIntoView()");
        shot("8b-returned-390");
        browser.manage().window().setSize(new Dimension(1366, 900));
        // this time the enterprise admits a veto item is not met
        failOneVetoItem();
        click("#submit-self-assessment");
        click("#confirm-submit");
        wait.until(d -> tasks.createTaskQuery()
                        .processInstanceBusinessKey(uscc)
                        .taskDefinitionKey("preliminaryReview")
                        .count()
                == 1);
        logout();

        // 3. the second review opens empty, not with the first one's return
        login("reviewer");
        browser.get(url("/tasks/"
                + tasks.createTaskQuery()
                        .processInstanceBusinessKey(uscc)
                        .singleResult()
                        .getId()));
        waitFor("#checklist-review");
        assertThat(
                        (Boolean)
                                js(
                                        "return [...document.querySelectorAll('#task-form vaadin-radio-button')].some(b => b.hasAttribute('checked'))"))
                .isFalse();
        // the decision reads as a sentence naming the failed veto item (issue #15, 5)
        wait.until(d -> text("#task-decisions").matches("(?s).*否决项 [A-Z0-9.、-]+ 不合格，依规定定为 D 级。.*"));
        assertNoEngineText();
        shot("9-second-review-1366");
        assertThat(runtime.createProcessInstanceQuery()
                        .processInstanceBusinessKey(uscc)
                        .count())
                .isOne();
    }

    /** Answers 不符合 to the first veto item (marked 否决项) of the self-assessment, looking through its tabs. */
    private void failOneVetoItem() {
        long sections = (Long) js("return document.querySelectorAll('#self-assessment vaadin-tab').length");
        for (int i = 0; i < sections; i++) {
            js("document.querySelectorAll('#self-assessment vaadin-tab')[" + i + "].click()");
            String panel = "document.getElementById(document.querySelectorAll('#self-assessment vaadin-tab')[" + i + "]"
                    + ".getAttribute('aria-controls'))";
            wait.until(d -> (Boolean) js("const p = " + panel + "; return !!p && !p.hidden"
                    + " && p.querySelectorAll('vaadin-radio-group[id^=answer-]').length > 0"));
            Boolean failed =
                    (Boolean) js("const g = [..." + panel + ".querySelectorAll('vaadin-radio-group[id^=answer-]')]"
                            + ".find(g => g.previousElementSibling && g.previousElementSibling.textContent.includes('否决项'));"
                            + "if (!g) return false;"
                            + "[...g.querySelectorAll('vaadin-radio-button')].find(b => b.textContent.trim() === '不符合')"
                            + ".querySelector('input').click(); return true;");
            if (failed) {
                wait.until(d -> (Boolean) js("return document.body.innerText.includes('否决项') "
                        + "&& !document.querySelector('#live-score').textContent.startsWith('当前得分 100.0')"));
                return;
            }
        }
        throw new AssertionError("the checklist has no veto item");
    }

    /**
     * What an enterprise writes in a case's discussion: long, and with a run of characters that has no
     * place to break (a document number), which a nowrap cell would push off the pane.
     */
    private static final String STATEMENT = "我公司对初审意见有如下说明：第3项所述的应急预案已于本年度修订并报区应急管理局备案，"
            + "备案编号为WHHC-YJBA-2026-000123456789012345678901234567890，演练记录、培训签到表和评估报告均已上传，"
            + "请审核人员结合附件一并审查，如仍有不足之处，我公司将在规定期限内完成整改并再次提交。";

    private static final String STATEMENT_STATE =
            "const t = document.querySelector('#task-comments'); if (!t) return 'no table';"
                    + "const cell = [...t.querySelectorAll('td')].find(c => c.textContent === arguments[0]);"
                    + "if (!cell) return 'no cell: ' + t.textContent.slice(0, 200);"
                    + "const r = cell.getBoundingClientRect(), tr = t.getBoundingClientRect();"
                    + "return JSON.stringify({w: r.width, sw: cell.scrollWidth, cw: cell.clientWidth, tsw: t.scrollWidth,"
                    + " tcw: t.clientWidth, tl: tr.left, trr: tr.right, iw: window.innerWidth,"
                    + " dsw: document.documentElement.scrollWidth});";

    /**
     * The statement stands whole in the comments panel: its cell shows all of it without cutting or
     * scrolling, and the table stays inside its pane and the screen.
     */
    private boolean statementIsWhole() {
        return (Boolean) js(
                "const t = document.querySelector('#task-comments'); if (!t) return false;"
                        + "const cell = [...t.querySelectorAll('td')].find(c => c.textContent === arguments[0]);"
                        + "if (!cell) return false;"
                        + "const r = cell.getBoundingClientRect(), tr = t.getBoundingClientRect();"
                        + "return r.width > 0 && cell.scrollWidth <= cell.clientWidth + 1"
                        + " && t.scrollWidth <= t.clientWidth + 1 && tr.left >= 0 && tr.right <= window.innerWidth + 1"
                        + " && document.documentElement.scrollWidth <= window.innerWidth + 1;",
                STATEMENT);
    }

    /**
     * The cells of the ledger grid's 企业名称 column that hold a name, each with the name and whether it
     * is shown whole (its content needs no more width than it has, so no "…") and inside the screen.
     */
    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> ledgerNames() {
        return (List<Map<String, Object>>)
                js("const g = document.querySelector('#ledger-grid'); if (!g || !g.shadowRoot) return [];"
                        + "const content = c => { const s = c && c.querySelector('slot'); return s ? s.assignedNodes()[0] : null; };"
                        + "const heads = [...g.shadowRoot.querySelectorAll('thead tr:last-child th')];"
                        + "const i = heads.findIndex(th => { const c = content(th); return c && c.textContent.trim() === '企业名称'; });"
                        + "if (i < 0) return [];"
                        + "return [...g.shadowRoot.querySelectorAll('tbody#items tr')].filter(r => !r.hidden)"
                        + ".map(r => content(r.children[i])).filter(c => c && c.textContent.trim())"
                        + ".map(c => { const r = c.getBoundingClientRect(); return {name: c.textContent.trim(),"
                        + " whole: c.scrollWidth <= c.clientWidth + 1 && r.right <= window.innerWidth + 1}; });");
    }

    /** The page's visible text holds none of {@link #ENGINE_TEXT}. */
    private void assertNoEngineText() {
        String page = (String) js("return document.body.innerText");
        assertThat(ENGINE_TEXT).noneMatch(page::contains);
    }

    /** The text of the notice grid's row of that enterprise (its cells, in order). */
    private String noticeRow(String name) {
        return (String) js(
                "const cells = [...document.querySelectorAll('#notice-grid vaadin-grid-cell-content')];"
                        + "const rows = cells.filter(c => c.assignedSlot && c.assignedSlot.closest('tr') && c.assignedSlot.closest('tbody'))"
                        + ".map(c => c.assignedSlot.closest('tr'));"
                        + "const row = [...new Set(rows)].find(r => [...r.querySelectorAll('slot')].some(s => s.assignedNodes()"
                        + ".some(n => n.textContent.includes(arguments[0]))));"
                        + "return row ? [...row.querySelectorAll('slot')].map(s => s.assignedNodes().map(n => n.textContent).join('')).join(' | ') : '';",
                name);
    }

    /** A wait of its own whose failure says what the page showed (the shared wait keeps no message). */
    private WebDriverWait waitSaying(Supplier<String> message) {
        WebDriverWait own = new WebDriverWait(browser, Duration.ofSeconds(60));
        own.withMessage(message);
        return own;
    }

    /** Where the line of the notice begun between two instants stands in the enterprise's file, newest first. */
    private int noticeLine(Instant from, Instant to) {
        List<EnterpriseEvent> lines = events.page(uscc, 0, 1_000);
        for (int i = 0; i < lines.size(); i++) {
            Instant at = lines.get(i).occurredAt().toInstant();
            if (!at.isBefore(from.truncatedTo(ChronoUnit.SECONDS)) && !at.isAfter(to.plusSeconds(1))) {
                return i;
            }
        }
        throw new AssertionError("no line of the enterprise's file between " + from + " and " + to + ": " + lines);
    }

    /** Each minute, as the pages write it in Beijing time, from one instant to another. */
    private static List<String> beijingMinutes(Instant from, Instant to) {
        DateTimeFormatter format = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
        List<String> minutes = new ArrayList<>();
        for (Instant t = from.truncatedTo(ChronoUnit.MINUTES); !t.isAfter(to); t = t.plus(1, ChronoUnit.MINUTES)) {
            minutes.add(format.format(t.atZone(BEIJING)));
        }
        return minutes;
    }

    /** The header cell of the inbox's due date, the first 办理 button, the notice's grade and deadline headers. */
    private static final String HEADER_DUE = "xpath://vaadin-grid-cell-content[normalize-space(.)='办理期限']";

    private static final String OPEN_BUTTON =
            "xpath://vaadin-grid-cell-content//vaadin-button[normalize-space(.)='办理']";
    private static final String NOTICE_GRADE = "xpath://vaadin-grid-cell-content[normalize-space(.)='拟定等级']";
    private static final String NOTICE_ENDS = "xpath://vaadin-grid-cell-content[normalize-space(.)='公示截止']";

    private void atPhoneWidth() {
        browser.manage().window().setSize(new Dimension(390, 844));
    }

    private void atDesktopWidth() {
        browser.manage().window().setSize(new Dimension(1366, 768));
    }

    /** The first element found is displayed and lies wholly inside the window's width and above its bottom edge. */
    private boolean inView(String locator) {
        By by = locator.startsWith("xpath:") ? By.xpath(locator.substring(6)) : By.cssSelector(locator);
        try {
            List<WebElement> found = browser.findElements(by);
            if (found.isEmpty() || !found.get(0).isDisplayed()) {
                return false;
            }
            return inside(found.get(0));
        } catch (org.openqa.selenium.StaleElementReferenceException rendered) {
            return false; // the grid rendered its rows again meanwhile: look again
        }
    }

    private boolean inside(WebElement element) {
        return (Boolean) js(
                "const r = arguments[0].getBoundingClientRect();"
                        + "return r.width > 0 && r.height > 0 && r.left >= 0 && r.right <= window.innerWidth + 1"
                        + " && r.top >= 0 && r.bottom <= window.innerHeight + 1;",
                element);
    }

    /** The element is as wide as the screen at most (its content wraps instead of running off). */
    private boolean fitsTheScreen(String css) {
        return (Boolean) js(
                "const e = document.querySelector(arguments[0]); if (!e) return false;"
                        + "const r = e.getBoundingClientRect(); return r.width > 0 && r.left >= 0 && r.right <= window.innerWidth + 1"
                        + " && e.scrollWidth <= e.clientWidth + 1;",
                css);
    }

    private void login(String user) {
        // by keyboard alone: the name, Tab to the password, Enter to sign in
        HeadlessChromium.signIn(browser, wait, url(""), user);
    }

    private void logout() {
        click("#logout");
        wait.until(d -> d.getCurrentUrl().contains("/login"));
    }

    private WebElement waitFor(String css) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
    }

    private void click(String css) {
        WebElement element = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(css)));
        ((JavascriptExecutor) browser)
                .executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", element);
    }

    private String text(String css) {
        List<WebElement> found = browser.findElements(By.cssSelector(css));
        return found.isEmpty() ? "" : found.get(0).getText();
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    private void shot(String name) throws IOException {
        Files.write(SHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
