package cn.safetygrading.ledger.api;

import static org.assertj.core.api.Assertions.assertThat;

import cn.safetygrading.IntegrationTest;
import cn.safetygrading.demo.DemoDataLoader;
import cn.safetygrading.ledger.LedgerApi;
import cn.safetygrading.ledger.LedgerFiles;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

/** GET /api/ledger/export: the annex layout, scoped, formulas neutralised, zombies weeded out. */
class LedgerExportIT extends IntegrationTest {

    @Autowired
    TestRestTemplate http;

    @Test
    void csvInTheAnnexLayoutWithFormulasNeutralised() {
        String formula = LedgerFiles.uscc("371082", "EX");
        String zombie = LedgerFiles.uscc("371082", "EX");
        LedgerFiles file = LedgerFiles.withHeader(List.of("企业名称", "统一社会信用代码", "行业类别", "生产经营地址", "经营状态"))
                .row("=HYPERLINK(\"http://evil\",\"荣成\")", formula, "13", "@荣成市港湾街道", "")
                .row("荣成僵尸企业有限公司", zombie, "13", "", "僵尸企业");
        // other tests of the JVM may have added enterprises to 荣成市 before: count from the export before the import
        List<String> before = csvLines("manager", "371082");
        long[] counts = counts(before.get(2));
        assertThat(before.subList(4, before.size())).hasSize((int) counts[0]);
        assertThat(counts[0]).isGreaterThanOrEqualTo(demo("371082", false));
        assertThat(counts[1]).isGreaterThanOrEqualTo(demo("371082", true));

        assertThat(LedgerApi.importFile(http, "manager", file.csv(), "荣成.csv", "371082")
                        .body()
                        .get("imported")
                        .asInt())
                .isEqualTo(2);

        ResponseEntity<byte[]> response = http.withBasicAuth("manager", "demo")
                .getForEntity("/api/ledger/export?format=csv&region=371082", byte[].class);
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(response.getHeaders().getContentType().toString()).startsWith("text/csv");
        assertThat(response.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                .contains("attachment");
        String csv = new String(response.getBody(), StandardCharsets.UTF_8);
        List<String> lines = Arrays.asList(csv.split("\r\n"));
        assertThat(lines.get(0)).isEqualTo("\uFEFF威海市企业安全生产分类分级监督管理基础信息台账");
        assertThat(lines.get(1)).startsWith("审签人：");
        // one more enterprise, of class Ⅱ: the formula one; the zombie is weeded out
        assertThat(lines.get(2))
                .isEqualTo("填报单位：威海市应急管理局　　共计各类企业：" + (counts[0] + 1) + "家，其中，Ⅰ类：" + counts[1] + "家；Ⅱ类："
                        + (counts[2] + 1) + "家。");
        assertThat(lines.get(3)).isEqualTo("序号,企业名称,统一社会信用代码,生产经营地址,行业类别,分类,分级,监管分级,行业主管部门,直接监管责任部门,备注,重点关注");
        assertThat(lines.subList(4, lines.size())).hasSize((int) counts[0] + 1);
        assertThat(lines.get(4)).startsWith("1,").contains(",Ⅰ,"); // class Ⅰ first
        String row = lines.stream().filter(l -> l.contains(formula)).findFirst().orElseThrow();
        assertThat(row).contains("\"'=HYPERLINK(\"\"http://evil\"\",\"\"荣成\"\")\"", ",'@荣成市港湾街道,", "13 农副食品加工业", ",Ⅱ,");
        assertThat(csv).doesNotContain(zombie);
        assertThat(csv).doesNotContain("371002MA"); // nothing of another district
    }

    private List<String> csvLines(String user, String region) {
        ResponseEntity<byte[]> response = http.withBasicAuth(user, "demo")
                .getForEntity("/api/ledger/export?format=csv&region=" + region, byte[].class);
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        return Arrays.asList(new String(response.getBody(), StandardCharsets.UTF_8).split("\r\n"));
    }

    /** The totals of a 填报单位 line: all, class Ⅰ, class Ⅱ. */
    private static long[] counts(String fillingLine) {
        Matcher m = Pattern.compile("共计各类企业：(\\d+)家，其中，Ⅰ类：(\\d+)家；Ⅱ类：(\\d+)家。").matcher(fillingLine);
        assertThat(m.find()).as(fillingLine).isTrue();
        return new long[] {Long.parseLong(m.group(1)), Long.parseLong(m.group(2)), Long.parseLong(m.group(3))};
    }

    private static long demo(String region, boolean classIOnly) {
        return DemoDataLoader.enterprises(OffsetDateTime.now()).stream()
                .filter(e -> e.regionCode().equals(region))
                .filter(e -> !classIOnly || "I".equals(e.enterpriseClass()))
                .count();
    }

    @Test
    void xlsxForTheReviewersOwnDistrict() throws Exception {
        ResponseEntity<byte[]> response =
                http.withBasicAuth("reviewer", "demo").getForEntity("/api/ledger/export?format=xlsx", byte[].class);
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(response.getHeaders().getContentType().toString()).isEqualTo(LedgerController.XLSX);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(response.getBody()))) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("威海市企业安全生产分类分级监督管理基础信息台账");
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).startsWith("填报单位：环翠区应急管理局");
            // the 环翠区应急管理局 reviewer's scope: the district's enterprises its department directly supervises
            Set<String> exported = new TreeSet<>();
            for (int r = 5; r <= sheet.getLastRowNum(); r++) {
                String uscc = sheet.getRow(r).getCell(2).getStringCellValue();
                assertThat(uscc.substring(2, 8)).isEqualTo("371002");
                assertThat(sheet.getRow(r).getCell(DEPARTMENT).getStringCellValue())
                        .as(uscc)
                        .isEqualTo(REVIEWERS_DEPARTMENT);
                exported.add(uscc);
            }
            assertThat(exported).hasSize(sheet.getLastRowNum() - 4);
            // the very rows the manager (the whole region) sees of that department now; other tests may add some
            List<String> manager = csvLines("manager", "371002");
            Set<String> expected = new TreeSet<>();
            for (CSVRecord cells : CSVFormat.DEFAULT.parse(
                    new StringReader(String.join("\r\n", manager.subList(4, manager.size()))))) {
                if (cells.get(DEPARTMENT).equals(REVIEWERS_DEPARTMENT)) {
                    expected.add(cells.get(2));
                }
            }
            assertThat(exported).isNotEmpty().isEqualTo(expected);
        }
    }

    private static final int DEPARTMENT = 9;
    private static final String REVIEWERS_DEPARTMENT = "环翠区应急管理局";

    /** The annex knows 市级 and 区市级 only: no demo row is exported with an empty 监管分级 (21 of 33 were). */
    @Test
    void everyDemoRowHasItsSupervisionLevel() throws Exception {
        List<cn.safetygrading.ledger.domain.Enterprise> demo = DemoDataLoader.enterprises(OffsetDateTime.now());
        long city =
                demo.stream().filter(e -> "CITY".equals(e.managementLevel())).count();
        String csv = new String(
                http.withBasicAuth("manager", "demo")
                        .getForEntity("/api/ledger/export?format=csv", byte[].class)
                        .getBody(),
                StandardCharsets.UTF_8);
        List<String> rows = Arrays.asList(csv.split("\r\n")).subList(4, csv.split("\r\n").length);
        int level = 7;
        assertThat(rows)
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r.split(",", -1)[level]).isIn("市级", "区市级"));
        for (var e : demo) {
            String row =
                    rows.stream().filter(r -> r.contains(e.uscc())).findFirst().orElseThrow();
            assertThat(row.split(",", -1)[level])
                    .as(e.name())
                    .isEqualTo("CITY".equals(e.managementLevel()) ? "市级" : "区市级");
        }
        assertThat(rows.stream()
                        .filter(r -> r.split(",", -1)[level].equals("市级"))
                        .count())
                .isGreaterThanOrEqualTo(city);

        byte[] xlsx = http.withBasicAuth("manager", "demo")
                .getForEntity("/api/ledger/export?format=xlsx", byte[].class)
                .getBody();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isGreaterThanOrEqualTo(4 + demo.size());
            for (int r = 5; r <= sheet.getLastRowNum(); r++) {
                assertThat(sheet.getRow(r).getCell(level).getStringCellValue()).isIn("市级", "区市级");
            }
        }
    }

    @Test
    void exportIsScoped() {
        assertThat(LedgerApi.get(http, "reviewer", "/api/ledger/export?format=csv&region=371003")
                        .status())
                .isEqualTo(404);
        assertThat(LedgerApi.get(http, "enterprise", "/api/ledger/export?format=csv")
                        .status())
                .isEqualTo(403);
        assertThat(LedgerApi.get(http, "reviewer", "/api/ledger/export?format=pdf")
                        .status())
                .isEqualTo(400);
        assertThat(LedgerApi.get(http, "nobody", "/api/ledger/export").status()).isEqualTo(401);
    }
}
