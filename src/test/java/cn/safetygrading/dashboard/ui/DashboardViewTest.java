package cn.safetygrading.dashboard.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.safetygrading.base.ui.SpreadsheetExport;
import cn.safetygrading.base.ui.UiTest;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The manager's dashboard: the city by region, overdue work, exports. */
class DashboardViewTest extends UiTest {

    @Test
    void aCityManagerSeesEveryCountyOfTheCity() {
        login("manager", "demo");
        navigate("dashboard");
        DashboardView view = _get(DashboardView.class);
        // the demo enterprises sit in the four districts; overdue work is shown for every county-level
        // division of the city, the three development zones and 南海新区 included
        assertThat(view.regions.getItems()).hasSize(4);
        assertThat(view.overdueByRegion.getItems()).hasSize(8);   // with 威海南海新区 (V26)
        // the table shows what it holds: the region's name, then its counts
        assertThat(view.regions.getHeaders()).first().isEqualTo("所属区域");
        assertThat(view.regions.getHeaders()).hasSize(9).contains("合计", "A级", "未定级");
        var first = view.regions.getItems().get(0);
        assertThat(view.regions.getCellText(0, 0)).isEqualTo(first.label());
        assertThat(view.regions.getCellText(0, 1)).isEqualTo(String.valueOf(first.total()));
        assertThat(view.campaigns.getHeaders()).contains("名称", "已启动/参评");
        assertThat(view.regions.getHtml()).contains("<th scope=\"col\">所属区域</th>").contains(first.label());
    }

    @Test
    void theChartsDrawWhatTheTablesCount() {
        login("manager", "demo");
        navigate("dashboard");
        DashboardView view = _get(DashboardView.class);
        assertThat(view.gradeChart.categories()).hasSize(view.regions.getItems().size());
        // every region's bars add up to its total, and the chart's categories are the table's rows
        for (int row = 0; row < view.regions.getItems().size(); row++) {
            var region = view.regions.getItems().get(row);
            assertThat(view.gradeChart.categories().get(row)).isEqualTo(region.label());
            int r = row;
            double sum = view.gradeChart.series().stream().mapToDouble(s -> s.values().get(r).doubleValue()).sum();
            assertThat(sum).isEqualTo(region.total());
        }
        long classI = view.classChart.series().get(0).values().stream().mapToLong(Number::longValue).sum();
        long tableClassI = 0;
        for (var industry : view.industries.getItems()) {
            tableClassI += industry.classI();
        }
        assertThat(classI).isEqualTo(tableClassI).isPositive();
        assertThat(view.gradeChart.getElement().getProperty("config")).contains("环翠区").contains("\"stack\":\"total\"")
                .contains("\"animation\":false");
    }

    @Test
    void exportsAreRealWorkbooksWithFormulasNeutralised() throws Exception {
        byte[] bytes = SpreadsheetExport.xlsx(new SpreadsheetExport.Table("t", List.of("名称", "数量"),
                List.of(List.of("=HYPERLINK(\"http://x\")", 3), List.of("环翠区", 5))));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("名称");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("'=HYPERLINK(\"http://x\")");
            assertThat(sheet.getRow(2).getCell(1).getNumericCellValue()).isEqualTo(5.0);
        }
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;
    @org.springframework.beans.factory.annotation.Autowired
    cn.safetygrading.supervision.service.HazardService hazards;

    @Test
    void theSupervisionFiguresCountTheCitysHazardsInspectionsStationingAndDuties() {
        var e = cn.safetygrading.demo.DemoDataLoader.enterprises(java.time.OffsetDateTime.now()).stream()
                .filter(x -> x.name().equals("威海顺达冷链物流有限公司")).findFirst().orElseThrow();
        var today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        hazards.report(new cn.safetygrading.security.domain.Account("ent", e.name(),
                java.util.Set.of(cn.safetygrading.security.domain.Role.ENTERPRISE), List.of("enterprise"), null, null, e.uscc()),
                new cn.safetygrading.supervision.domain.NewHazard("MAJOR", "冷库门口地面结冰", "冷库门口地面结冰易滑倒", null,
                        today, "铺设防滑垫，定时除冰", today.plusDays(3)), List.of());
        login("manager", "demo");
        navigate("dashboard");
        assertThat(tileValue("dashboard-openHazards")).isPositive()
                .isEqualTo(jdbc.queryForObject("select count(*) from hazard where status <> 'CLOSED'", Long.class));
        assertThat(tileValue("dashboard-inspectionsPlanned"))
                .isEqualTo(jdbc.queryForObject("select count(*) from inspection where status = 'PLANNED'", Long.class));
        assertThat(tileValue("dashboard-stationing"))
                .isEqualTo(jdbc.queryForObject("select count(*) from stationing_assignment where ended_at is null", Long.class));
        assertThat(tileValue("dashboard-listedHazards"))
                .isEqualTo(jdbc.queryForObject("select count(*) from hazard where status <> 'CLOSED' and listed", Long.class));
    }

    private static long tileValue(String id) {
        var tile = _get(com.vaadin.flow.component.html.Div.class, s -> s.withId(id));
        return Long.parseLong(((com.vaadin.flow.component.html.Span) tile.getChildren().findFirst().orElseThrow()).getText());
    }
}
