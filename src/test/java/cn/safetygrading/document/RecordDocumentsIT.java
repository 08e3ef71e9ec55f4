package cn.safetygrading.document;

import static cn.safetygrading.document.DocumentsIT.screenshot;
import static cn.safetygrading.document.DocumentsIT.text;
import static org.assertj.core.api.Assertions.assertThat;

import cn.safetygrading.IntegrationTest;
import cn.safetygrading.consequence.service.FalsificationFigures;
import cn.safetygrading.document.domain.OfficialDocument;
import cn.safetygrading.document.service.CircularDocuments;
import cn.safetygrading.document.service.InspectionDocuments;
import cn.safetygrading.document.service.LedgerDocuments;
import cn.safetygrading.ledger.domain.SignOff;
import cn.safetygrading.ledger.service.SignOffService;
import cn.safetygrading.security.WebClient;
import cn.safetygrading.security.domain.Account;
import cn.safetygrading.security.service.AccountService;
import cn.safetygrading.supervision.service.InspectionService;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The 现场检查记录, the 整改指令书, the ledger's sign-off sheet and the 通报 of a falsification, each made from the
 * records the application itself wrote (the inspection process, a manager's sign-off, the spot check's 通报), read
 * back from the PDF the download endpoint serves; the same document again; 404 for whoever may not see it.
 */
class RecordDocumentsIT extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AccountService accounts;

    @Autowired
    Clock clock;

    @Autowired
    InspectionService inspectionProcess;

    @Autowired
    TaskService tasks;

    @Autowired
    SignOffService signOffs;

    @Autowired
    FalsificationFigures falsifications;

    @Autowired
    InspectionDocuments inspections;

    @Autowired
    LedgerDocuments ledger;

    @Autowired
    CircularDocuments circulars;

    private Account account(String userId) {
        return accounts.find(userId).orElseThrow();
    }

    private String ownUscc() {
        return jdbc.queryForObject("select uscc from account where user_id = 'enterprise'", String.class);
    }

    private String name(String table, String column, String key, String value) {
        return jdbc.queryForObject(
                "select " + column + " from " + table + " where " + key + " = ?", String.class, value);
    }

    /** An inspection drawn and recorded on site through the inspection process, with a rectification order. */
    private String recordedInspection(boolean order) {
        LocalDate today = LocalDate.now(clock);
        String id = UUID.randomUUID().toString();
        jdbc.update(
                "insert into inspection (id, uscc, inspectors, planned_on, status) values (?, ?, 'reviewer,supervisor', ?, 'PLANNED')",
                id,
                ownUscc(),
                today);
        inspectionProcess.start(id, ownUscc(), List.of("reviewer", "supervisor"), today);
        String pid = jdbc.queryForObject("select process_instance_id from inspection where id = ?", String.class, id);
        Map<String, Object> record = new java.util.HashMap<>(Map.of(
                "site", "原料库、生产车间",
                "legalRepresentative", "张三",
                "timeSpan", "09:00–11:00",
                "findings", "原料库消防通道堵塞；车间配电箱未上锁",
                "signed", true,
                "orderNeeded", order,
                "penalty", false));
        if (order) {
            record.put("orderDeadline", today.plusDays(7).toString());
            record.put("legalBasis", "《中华人民共和国安全生产法》第四十一条、第六十五条");
        }
        tasks.complete(
                tasks.createTaskQuery().processInstanceId(pid).singleResult().getId(), record);
        return id;
    }

    @Test
    void inspectionRecordPrintsTheRecordedFieldsForTheEnterpriseAndItsOfficials() throws IOException {
        String id = recordedInspection(false);
        OfficialDocument doc = inspections.record(account("reviewer"), id).orElseThrow();
        assertThat(doc.documentNo()).matches("威环应急〔\\d{4}〕\\d+号");
        byte[] pdf = pdf("enterprise", doc.id());
        String text = flat(text(pdf)); // lines wrap anywhere in Chinese
        assertThat(text)
                .contains(
                        "现场检查记录",
                        doc.documentNo(),
                        name("enterprise", "name", "uscc", ownUscc()),
                        ownUscc(),
                        "原料库、生产车间",
                        "张三",
                        "09:00–11:00",
                        name("account", "display_name", "user_id", "reviewer"),
                        name("account", "display_name", "user_id", "supervisor"),
                        "原料库消防通道堵塞",
                        "未责令整改",
                        "检查人员（签名）",
                        "（盖章）");
        screenshot(pdf, "document-inspection-record");
        // without an order there is no 整改指令书; the same record again; out of scope nothing
        assertThat(inspections.rectificationOrder(account("reviewer"), id)).isEmpty();
        assertThat(inspections.record(account("enterprise"), id).orElseThrow().id())
                .isEqualTo(doc.id());
        assertThat(inspections.record(account("builder"), id)).isEmpty();
        assertThat(download("builder", doc.id()).statusCode()).isEqualTo(404);
    }

    @Test
    void rectificationOrderNamesFindingsLegalBasisAndDeadline() throws IOException {
        String id = recordedInspection(true);
        OfficialDocument doc =
                inspections.rectificationOrder(account("enterprise"), id).orElseThrow();
        byte[] pdf = pdf("reviewer", doc.id());
        String text = flat(text(pdf)); // lines wrap anywhere in Chinese
        LocalDate deadline = LocalDate.now(clock).plusDays(7);
        assertThat(text)
                .contains(
                        "责令限期整改指令书",
                        doc.documentNo(),
                        name("enterprise", "name", "uscc", ownUscc()),
                        "原料库消防通道堵塞",
                        "第四十一条",
                        deadline.getYear() + "年" + deadline.getMonthValue() + "月" + deadline.getDayOfMonth() + "日前整改完毕",
                        "环翠区应急管理局",
                        "被检查单位签收",
                        "（盖章）");
        screenshot(pdf, "document-rectification-order");
        // the record of the same inspection is another document with its own number
        OfficialDocument record = inspections.record(account("enterprise"), id).orElseThrow();
        assertThat(record.documentNo()).isNotEqualTo(doc.documentNo());
        assertThat(flat(text(pdf("enterprise", record.id())))).contains("责令于" + deadline.getYear() + "年");
        assertThat(pdf("enterprise", doc.id())).isEqualTo(pdf);
    }

    @Test
    void signOffSheetPrintsTheAnnexHeaderAndFrozenLines() throws IOException {
        Account manager = account("manager");
        LocalDate asOf = LocalDate.now(clock);
        SignOff signOff = signOffs.sign(manager, "371002", asOf, "环翠区人民政府");
        OfficialDocument doc = ledger.signOffSheet(manager, signOff.id()).orElseThrow();
        byte[] pdf = pdf("manager", doc.id());
        String text = flat(text(pdf)); // lines wrap anywhere in Chinese
        String firstLine = jdbc.queryForObject(
                "select name from ledger_signoff_entry where signoff_id = ? order by seq limit 1",
                String.class,
                signOff.id());
        assertThat(text)
                .contains(
                        "威海市企业安全生产分类分级监督管理基础信息台账",
                        doc.documentNo(),
                        "审签人：" + manager.displayName(),
                        asOf.getYear() + "年" + asOf.getMonthValue() + "月" + asOf.getDayOfMonth() + "日",
                        "填报单位：环翠区人民政府",
                        "共计各类企业：" + signOff.total() + "家",
                        "统一社会信用代码",
                        "直接监管责任部门",
                        firstLine,
                        "（盖章）");
        try (PDDocument d = Loader.loadPDF(pdf)) {
            var page = d.getPage(0); // landscape: a wider box, or a portrait box turned a quarter
            boolean turned = page.getRotation() % 180 != 0;
            assertThat(
                            turned
                                    ? page.getMediaBox().getHeight()
                                    : page.getMediaBox().getWidth())
                    .isGreaterThan(
                            turned
                                    ? page.getMediaBox().getWidth()
                                    : page.getMediaBox().getHeight());
            PDFTextStripper last = new PDFTextStripper();
            last.setStartPage(d.getNumberOfPages());
            assertThat(last.getText(d)).contains("（盖章）");
        }
        screenshot(pdf, "document-sign-off-sheet");
        assertThat(ledger.signOffSheet(manager, signOff.id()).orElseThrow().id())
                .isEqualTo(doc.id());
        // never an enterprise; an official outside the region answers 404
        assertThat(ledger.signOffSheet(account("enterprise"), signOff.id())).isEmpty();
        assertThat(download("enterprise", doc.id()).statusCode()).isEqualTo(404);
        assertThat(download("builder", doc.id()).statusCode()).isEqualTo(404);
    }

    @Test
    void circularOfAFalsificationNamesTheEnterpriseCampaignAndReason() throws IOException {
        String uscc = ownUscc();
        OffsetDateTime now = OffsetDateTime.now(clock);
        String campaignId = UUID.randomUUID().toString();
        jdbc.update("""
                insert into campaign (id, name, region_code, year, self_assessment_due, review_due, spot_check_due, closes_at,
                                      spot_check_ratio, notice_period, seed, status, launched_by, launched_at)
                values (?, ?, '371000', 2026, ?, ?, ?, ?, 0.1, 'P7D', 1, 'RUNNING', 'manager', ?)""", campaignId, "威海市2026年度安全生产分级（通报）", now, now, now, now.plusDays(30), now);
        String caseId = UUID.randomUUID().toString();
        jdbc.update("""
                insert into grading_case (id, process_instance_id, uscc, campaign_id, trigger, region_code, step,
                                          previous_grade, proposed_grade, final_grade, started_at, finished_at)
                values (?, ?, ?, ?, 'CAMPAIGN', '371002', 'GRADED', 'B', 'A', 'C', ?, ?)""", caseId, "pi-" + caseId, uscc, campaignId, now.minusDays(20), now.minusDays(1));
        falsifications.circulate(uscc, caseId, null, "自评称已设置专职安全管理人员，抽查核定发现未设置", "doc-test-" + caseId);
        long measureId = jdbc.queryForObject(
                "select id from enterprise_measure where idempotency_key = ?", Long.class, "doc-test-" + caseId);

        OfficialDocument doc = circulars.circular(account("manager"), measureId).orElseThrow();
        assertThat(doc.documentNo()).startsWith("威应急〔"); // the city's spot check: the city's 应急管理局
        byte[] pdf = pdf("reviewer", doc.id());
        String text = flat(text(pdf)); // lines wrap anywhere in Chinese
        assertThat(text)
                .contains(
                        "通报",
                        "弄虚作假情况的通报",
                        doc.documentNo(),
                        name("enterprise", "name", "uscc", uscc),
                        uscc,
                        "威海市2026年度安全生产分级（通报）",
                        "抽查核定发现未设置",
                        "威海市应急管理局",
                        "（盖章）");
        screenshot(pdf, "document-circular");
        assertThat(circulars
                        .circular(account("reviewer"), measureId)
                        .orElseThrow()
                        .id())
                .isEqualTo(doc.id());
        // the enterprise does not get the officials' 通报; another kind of measure has none
        assertThat(circulars.circular(account("enterprise"), measureId)).isEmpty();
        assertThat(download("enterprise", doc.id()).statusCode()).isEqualTo(404);
        assertThat(download("builder", doc.id()).statusCode()).isEqualTo(404);
    }

    private static String flat(String text) {
        return text.replaceAll("[\\s]+", "");
    }

    private byte[] pdf(String user, String id) {
        HttpResponse<byte[]> response = download(user, id);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
        return response.body();
    }

    private HttpResponse<byte[]> download(String user, String id) {
        WebClient browser = new WebClient(port);
        browser.vaadinLogin(user, "demo");
        try {
            return HttpClient.newHttpClient()
                    .send(
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
}
