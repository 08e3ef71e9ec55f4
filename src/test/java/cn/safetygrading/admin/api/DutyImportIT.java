package cn.safetygrading.admin.api;

import static org.assertj.core.api.Assertions.assertThat;

import cn.safetygrading.IntegrationTest;
import cn.safetygrading.ledger.LedgerApi.Response;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** The 任务分工 import: a good file replaces its regions' duties; a file with bad rows changes nothing. */
class DutyImportIT extends IntegrationTest {

    @Autowired
    TestRestTemplate http;

    @Autowired
    JdbcTemplate jdbc;

    private Response upload(String user, byte[] content, String fileName) {
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("file", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return fileName;
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return cn.safetygrading.ledger.LedgerApi.response(http.withBasicAuth(user, "demo")
                .postForEntity("/api/admin/departments/duties", new HttpEntity<>(form, headers), String.class));
    }

    /** The 任务分工 as shipped: the good file replaces 环翠区's, which other tests (and the demo's imports) rely on. */
    private List<java.util.Map<String, Object>> shipped;

    @org.junit.jupiter.api.BeforeEach
    void keepTheDuties() {
        shipped = jdbc.queryForList("select department_id, industry_code, role from department_industry");
    }

    @org.junit.jupiter.api.AfterEach
    void putTheDutiesBack() {
        jdbc.update("delete from department_industry");
        jdbc.batchUpdate(
                "insert into department_industry (department_id, industry_code, role) values (?, ?, ?)",
                shipped.stream()
                        .map(r -> new Object[] {r.get("department_id"), r.get("industry_code"), r.get("role")})
                        .toList());
    }

    private List<String> duties(String regionCode) {
        return jdbc.queryForList(
                "select di.department_id || ':' || di.industry_code || ':' || di.role"
                        + " from department_industry di join department d on d.id = di.department_id"
                        + " where d.region_code = ? order by 1",
                String.class,
                regionCode);
    }

    @Test
    void aGoodFileReplacesTheRegionsDuties() throws Exception {
        List<String> cityBefore = duties("371000");
        String csv = "部门,区划代码,行业代码,职责\n"
                + "威海市环翠区住房和城乡建设局,371002,47,直接监管\n"
                + "威海市环翠区住房和城乡建设局,环翠区,47,行业主管\n"
                + "威海市环翠区应急管理局,371002,C26,直接监管\n"
                + "威海市环翠区工业和信息化局,,26,行业主管部门\n";
        Response r = upload("demo", csv.getBytes(StandardCharsets.UTF_8), "分工.csv");
        assertThat(r.status()).as(r.raw()).isEqualTo(200);
        assertThat(r.body().get("applied").asBoolean()).isTrue();
        assertThat(r.body().get("duties").asInt()).isEqualTo(4);
        assertThat(duties("371002"))
                .containsExactly(
                        "371002-emergency:26:SUPERVISING",
                        "371002-housing:47:COMPETENT",
                        "371002-housing:47:SUPERVISING",
                        "371002-industry:26:COMPETENT");
        assertThat(duties("371000")).as("other regions keep theirs").isEqualTo(cityBefore);

        // the same as a workbook
        XSSFWorkbook book = new XSSFWorkbook();
        XSSFSheet sheet = book.createSheet("任务分工");
        String[][] rows = {{"部门", "区划代码", "行业代码", "职责"}, {"威海市环翠区交通运输局", "371002", "54", "直接监管"}};
        for (int i = 0; i < rows.length; i++) {
            var row = sheet.createRow(i);
            for (int j = 0; j < rows[i].length; j++) {
                row.createCell(j).setCellValue(rows[i][j]);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        book.write(out);
        Response x = upload("demo", out.toByteArray(), "分工.xlsx");
        assertThat(x.status()).as(x.raw()).isEqualTo(200);
        assertThat(duties("371002")).containsExactly("371002-transport:54:SUPERVISING");
    }

    @Test
    void badRowsAreRejectedByRowAndColumnAndNothingChanges() {
        List<String> before = duties("371003");
        String csv = "部门,区划代码,行业代码,职责\n"
                + "威海市文登区住房和城乡建设局,371003,47,直接监管\n"
                + "文登区不存在局,371003,47,直接监管\n"
                + "威海市文登区应急管理局,371002,26,直接监管\n"
                + "威海市文登区应急管理局,371003,99,直接监管\n"
                + "威海市文登区应急管理局,371003,26,负责\n";
        Response r = upload("demo", csv.getBytes(StandardCharsets.UTF_8), "分工.csv");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body().get("applied").asBoolean()).isFalse();
        JsonNode rejected = r.body().get("rejected");
        assertThat(rejected).hasSize(4);
        assertThat(rejected.get(0).get("row").asInt()).isEqualTo(3);
        assertThat(rejected.get(0).get("field").asText()).isEqualTo("部门");
        assertThat(rejected.get(0).get("message").asText()).contains("文登区不存在局");
        assertThat(rejected.get(1).get("field").asText()).isEqualTo("区划代码");
        assertThat(rejected.get(2).get("field").asText()).isEqualTo("行业代码");
        assertThat(rejected.get(3).get("field").asText()).isEqualTo("职责");
        assertThat(duties("371003")).isEqualTo(before);

        Response noHeader = upload("demo", "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8), "x.csv");
        assertThat(noHeader.status()).isEqualTo(400);
        assertThat(noHeader.body().get("field").asText()).isEqualTo("file");
        Response old = upload("demo", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0}, "x.xls");
        assertThat(old.status()).isEqualTo(400);
        assertThat(old.body().get("field").asText()).isEqualTo("file");
        assertThat(upload("manager", "部门,行业代码,职责\n".getBytes(StandardCharsets.UTF_8), "x.csv")
                        .status())
                .isEqualTo(403);
        assertThat(duties("371003")).isEqualTo(before);
    }
}
