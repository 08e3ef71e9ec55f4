package cn.safetygrading.document;

import static org.assertj.core.api.Assertions.assertThat;

import cn.safetygrading.IntegrationTest;
import cn.safetygrading.document.domain.OfficialDocument;
import cn.safetygrading.document.service.GradingDocuments;
import cn.safetygrading.security.WebClient;
import cn.safetygrading.security.domain.Account;
import cn.safetygrading.security.service.AccountService;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The official documents of a finished grading, read back from the PDF the download endpoint serves: Chinese
 * text, the 文号, names and Shanghai times; served again unchanged; 404 for whoever may not see the decision.
 */
class DocumentsIT extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    GradingDocuments documents;

    @Autowired
    AccountService accounts;

    @Autowired
    Clock clock;

    String uscc;
    String enterpriseName;
    String campaignId;
    String caseId;
    OffsetDateTime finishedAt;

    @BeforeEach
    void finishedGrading() {
        uscc = jdbc.queryForObject("select uscc from account where user_id = 'enterprise'", String.class);
        enterpriseName = jdbc.queryForObject("select name from enterprise where uscc = ?", String.class, uscc);
        OffsetDateTime now = OffsetDateTime.now(clock);
        campaignId = UUID.randomUUID().toString();
        jdbc.update("""
                insert into campaign (id, name, region_code, year, self_assessment_due, review_due, spot_check_due, closes_at,
                                      spot_check_ratio, notice_period, seed, status, launched_by, launched_at)
                values (?, ?, '371000', 2026, ?, ?, ?, ?, 0.1, 'P7D', 1, 'RUNNING', 'manager', ?)""", campaignId, "威海市2026年度安全生产分级", now, now, now, now.plusDays(30), now);
        caseId = UUID.randomUUID().toString();
        // the review at 23:30 UTC is 07:30 of the next day in Shanghai
        finishedAt = OffsetDateTime.parse("2026-03-09T23:30:00Z");
        jdbc.update("""
                insert into grading_case (id, process_instance_id, uscc, campaign_id, trigger, region_code, step,
                                          previous_grade, proposed_grade, notice_grade, final_grade, started_at, finished_at)
                values (?, ?, ?, ?, 'CAMPAIGN', '371002', 'GRADED', 'B', 'A', 'A', 'A', ?, ?)""", caseId, "pi-" + caseId, uscc, campaignId, finishedAt.minusDays(20), finishedAt);
        jdbc.update("""
                insert into grading_round (case_id, kind, round, actor, decided_at, outcome, grade, score, comment)
                values (?, 'SELF_ASSESSMENT', 1, 'enterprise', ?, 'SUBMITTED', 'A', 92.5, null),
                       (?, 'PRELIMINARY_REVIEW', 1, 'reviewer', ?, 'APPROVE', 'A', null, '资料齐全，同意定为A级')""", caseId, finishedAt.minusDays(10), caseId, finishedAt);
        jdbc.update("""
                insert into notice (id, case_id, uscc, grade, starts_at, ends_at, status)
                values (?, ?, ?, 'A', ?, ?, 'OPEN')""", UUID.randomUUID().toString(), caseId, uscc, now.minusDays(1), now.plusDays(6));
    }

    private Account account(String userId) {
        return accounts.find(userId).orElseThrow();
    }

    @Test
    void gradeResultNoticeNamesTheEnterpriseGradeAndNumber() throws IOException {
        OfficialDocument doc =
                documents.gradeResult(account("reviewer"), caseId).orElseThrow();
        assertThat(doc.documentNo()).matches("威环应急〔\\d{4}〕\\d+号");

        byte[] pdf = pdf("enterprise", doc.id());
        String text = text(pdf);
        assertThat(text)
                .contains("安全生产分级结果告知书", doc.documentNo(), enterpriseName, uscc, "2026年3月10日", "环翠区应急管理局", "（盖章）");
        screenshot(pdf, "document-grade-result");

        // the same document again: no new number, the same bytes
        OfficialDocument again =
                documents.gradeResult(account("enterprise"), caseId).orElseThrow();
        assertThat(again.id()).isEqualTo(doc.id());
        assertThat(pdf("reviewer", doc.id())).isEqualTo(pdf);
        // out of scope: the housing bureau's official sees nothing, not even that it exists
        assertThat(download("builder", doc.id()).statusCode()).isEqualTo(404);
        assertThat(new WebClient(port).get("/documents/" + doc.id()).statusCode())
                .isNotEqualTo(200);
    }

    @Test
    void approvalSheetListsEachStepWithOfficialAndShanghaiTime() throws IOException {
        OfficialDocument doc =
                documents.approvalSheet(account("reviewer"), caseId).orElseThrow();
        byte[] pdf = pdf("reviewer", doc.id());
        String text = text(pdf);
        String reviewerName =
                jdbc.queryForObject("select display_name from account where user_id = 'reviewer'", String.class);
        assertThat(text)
                .contains("安全生产分级审批单", doc.documentNo(), "初审", reviewerName, "资料齐全，同意定为A级", "2026-03-10 07:30", "企业自评");
        screenshot(pdf, "document-approval-sheet");
        // the enterprise never gets the officials' sheet
        assertThat(documents.approvalSheet(account("enterprise"), caseId)).isEmpty();
        assertThat(download("enterprise", doc.id()).statusCode()).isEqualTo(404);
    }

    @Test
    void noticeListPrintsPeriodListAndObjectionChannel() throws IOException {
        OfficialDocument doc =
                documents.noticeList(account("manager"), campaignId).orElseThrow();
        assertThat(doc.documentNo()).startsWith("威应急〔");
        byte[] pdf = pdf("manager", doc.id());
        String text = text(pdf);
        DateTimeFormatter date = DateTimeFormatter.ofPattern("yyyy年M月d日");
        OffsetDateTime now = OffsetDateTime.now(clock);
        assertThat(text)
                .contains(
                        "安全生产分类分级公示",
                        doc.documentNo(),
                        "威海市应急管理局",
                        "威海市2026年度安全生产分级",
                        enterpriseName,
                        uscc,
                        "公示期",
                        now.plusDays(6)
                                .atZoneSameInstant(ZoneId.of("Asia/Shanghai"))
                                .format(date),
                        "12350",
                        "（盖章）");
        screenshot(pdf, "document-notice-list");
        assertThat(documents
                        .noticeList(account("manager"), campaignId)
                        .orElseThrow()
                        .id())
                .isEqualTo(doc.id());
        assertThat(documents.noticeList(account("enterprise"), campaignId)).isEmpty();
        assertThat(download("enterprise", doc.id()).statusCode()).isEqualTo(404);
    }

    @Test
    void numbersAreGapFreeUnderConcurrency() throws Exception {
        List<String> cases = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String id = UUID.randomUUID().toString();
            jdbc.update("""
                    insert into grading_case (id, process_instance_id, uscc, trigger, region_code, step, final_grade,
                                              started_at, finished_at)
                    values (?, ?, ?, 'APPLICATION', '371002', 'GRADED', 'B', ?, ?)""", id, "pi-" + id, uscc, finishedAt.minusDays(3), finishedAt);
            cases.add(id);
        }
        Account reviewer = account("reviewer");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<OfficialDocument>> issued = new ArrayList<>();
        for (String id : cases) {
            issued.add(pool.submit(() -> documents.gradeResult(reviewer, id).orElseThrow()));
            issued.add(pool.submit(() -> documents.gradeResult(reviewer, id).orElseThrow())); // the same one twice
        }
        List<Integer> serials = new ArrayList<>();
        for (Future<OfficialDocument> f : issued) {
            serials.add(f.get().serial());
        }
        pool.shutdown();
        List<Integer> distinct =
                new ArrayList<>(serials.stream().distinct().sorted().toList());
        assertThat(distinct).hasSize(8);
        Collections.sort(distinct);
        assertThat(distinct.get(7) - distinct.get(0)).isEqualTo(7); // consecutive: no gap
    }

    private byte[] pdf(String user, String id) {
        HttpResponse<byte[]> response = download(user, id);
        assertThat(response.statusCode())
                .as(new String(response.body(), java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
        return response.body();
    }

    private HttpResponse<byte[]> download(String user, String id) {
        WebClient browser = new WebClient(port);
        browser.vaadinLogin(user, "demo");
        HttpClient client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        try {
            return client.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/documents/" + id))
                            .header("Cookie", "JSESSIONID=" + browser.cookie("JSESSIONID"))
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    static void screenshot(byte[] pdf, String name) throws IOException {
        Path dir = Files.createDirectories(Path.of("target", "journey"));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            ImageIO.write(new PDFRenderer(doc).renderImageWithDPI(0, 96), "png", new File(dir.toFile(), name + ".png"));
        }
    }
}
