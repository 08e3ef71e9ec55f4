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
        assertThat(view.overdueByRegion.getItems()).hasSize(8); // with 威海南海新区 (V26)
        // the table shows what it holds: the region's name, then its counts
        assertThat(view.regions.getHeaders()).first().isEqualTo("所属区域");
        assertThat(view.regions.getHeaders()).hasSize(9).contains("合计", "A级", "未定级");
        var first = view.regions.getItems().get(0);
        assertThat(view.regions.getCellText(0, 0)).isEqualTo(first.label());
        assertThat(view.regions.getCellText(0, 1)).isEqualTo(String.valueOf(first.total()));
        assertThat(view.campaigns.getHeaders()).contains("名称", "已启动/参评");
        assertThat(view.regions.getHtml())
                .contains("<th scope=\"col\">所属区域</th>")
                .contains(first.label());
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
            double sum = view.gradeChart.series().stream()
                    .mapToDouble(s -> s.values().get(r).doubleValue())
                    .sum();
            assertThat(sum).isEqualTo(region.total());
        }
        long classI = view.classChart.series().get(0).values().stream()
                .mapToLong(Number::longValue)
                .sum();
        long tableClassI = 0;
        for (var industry : view.industries.getItems()) {
            tableClassI += industry.classI();
        }
        assertThat(classI).isEqualTo(tableClassI).isPositive();
        assertThat(view.gradeChart.getElement().getProperty("config"))
                .contains("环翠区")
                .contains("\"stack\":\"total\"")
                .contains("\"animation\":false");
    }

    @Test
    void exportsAreRealWorkbooksWithFormulasNeutralised() throws Exception {
        byte[] bytes = SpreadsheetExport.xlsx(new SpreadsheetExport.Table(
                "t",
                List.of("名称", "数量"),
                List.of(List.of("=HYPERLINK(\"http://x\")", 3), List.of("环翠区", 5), List.of("=1+1", 1))));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("名称");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("=HYPERLINK(\"http://x\")");
            assertThat(sheet.getRow(1).getCell(0).getCellStyle().getQuotePrefixed())
                    .isTrue();
            assertThat(sheet.getRow(3).getCell(0).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
            assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).isEqualTo("=1+1");
            assertThat(sheet.getRow(3).getCell(0).getCellStyle().getQuotePrefixed())
                    .isTrue();
            assertThat(sheet.getRow(2).getCell(0).getCellStyle().getQuotePrefixed())
                    .isFalse();
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
                .filter(x -> x.name().equals("威海顺达冷链物流有限公司"))
                .findFirst()
                .orElseThrow();
        var today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        hazards.report(
                new cn.safetygrading.security.domain.Account(
                        "ent",
                        e.name(),
                        java.util.Set.of(cn.safetygrading.security.domain.Role.ENTERPRISE),
                        List.of("enterprise"),
                        null,
                        null,
                        e.uscc()),
                new cn.safetygrading.supervision.domain.NewHazard(
                        "MAJOR", "冷库门口地面结冰", "冷库门口地面结冰易滑倒", null, today, "铺设防滑垫，定时除冰", today.plusDays(3)),
                List.of());
        login("manager", "demo");
        navigate("dashboard");
        assertThat(tileValue("dashboard-openHazards"))
                .isPositive()
                .isEqualTo(jdbc.queryForObject("select count(*) from hazard where status <> 'CLOSED'", Long.class));
        assertThat(tileValue("dashboard-inspectionsPlanned"))
                .isEqualTo(jdbc.queryForObject("select count(*) from inspection where status = 'PLANNED'", Long.class));
        assertThat(tileValue("dashboard-stationing"))
                .isEqualTo(jdbc.queryForObject(
                        "select count(*) from stationing_assignment where ended_at is null", Long.class));
        assertThat(tileValue("dashboard-listedHazards"))
                .isEqualTo(jdbc.queryForObject(
                        "select count(*) from hazard where status <> 'CLOSED' and listed", Long.class));
    }

    @org.springframework.beans.factory.annotation.Autowired
    cn.safetygrading.grading.service.CampaignService campaignService;

    @org.springframework.beans.factory.annotation.Autowired
    org.camunda.bpm.engine.ManagementService management;

    /** The supervised ledger as the database counts it, grouped by the given expression. */
    private java.util.Map<String, Long> counted(String groupBy, String where) {
        java.util.Map<String, Long> counts = new java.util.HashMap<>();
        jdbc.query(
                "select coalesce(" + groupBy + ", '') as k, count(*) as n from enterprise e"
                        + " left join industry d on d.code = e.industry_code left join industry s on s.code = d.section_code"
                        + " where (e.status = 'ACTIVE' or (e.status = 'INDIVIDUAL' and e.enterprise_class is distinct from 'II')) "
                        + where
                        + " group by 1",
                rs -> {
                    counts.put(rs.getString("k"), rs.getLong("n"));
                });
        return counts;
    }

    /** 分行业、分领域、分区域 (seed 000): the city's ledger by 直接监管责任部门, and a campaign by department and industry. */
    @Test
    void theCityByDepartmentAndACampaignByDepartmentAndIndustry() {
        endCycles();
        java.time.OffsetDateTime now = java.time.OffsetDateTime.now();
        var campaign = campaignService.launch(
                accounts.find("manager").orElseThrow(),
                new cn.safetygrading.grading.domain.NewCampaign(
                        "看板分部门统计",
                        "371083",
                        2026,
                        now.plusDays(30),
                        now.plusDays(45),
                        now.plusDays(60),
                        now.plusDays(90),
                        java.math.BigDecimal.ZERO,
                        "P7D"));
        for (int i = 0; i < 50; i++) {
            var due = management
                    .createJobQuery()
                    .processInstanceId(campaign.processInstanceId())
                    .executable()
                    .list();
            if (due.isEmpty()) {
                break;
            }
            due.forEach(j -> management.executeJob(j.getId()));
        }
        login("manager", "demo");
        navigate("dashboard");
        DashboardView view = _get(DashboardView.class);

        var expected = counted("e.supervising_department", "");
        assertThat(view.departments.getItems()).hasSize(expected.size()).hasSizeGreaterThan(1);
        long sum = 0;
        for (var d : view.departments.getItems()) {
            String key = d.label().equals("（未填直接监管责任部门）") ? "" : d.label();
            assertThat(d.total()).as(key).isEqualTo(expected.get(key));
            assertThat(d.classI() + d.classII()).isLessThanOrEqualTo(d.total());
            assertThat(d.gradeA() + d.gradeB() + d.gradeC() + d.gradeD() + d.ungraded())
                    .isEqualTo(d.total());
            sum += d.total();
        }
        long regions = view.regions.getItems().stream()
                .mapToLong(cn.safetygrading.ledger.domain.LedgerTally::total)
                .sum();
        assertThat(sum).isEqualTo(regions);
        var classI = counted("e.supervising_department", "and e.enterprise_class = 'I'");
        view.departments
                .getItems()
                .forEach(d -> assertThat(d.classI())
                        .isEqualTo(classI.getOrDefault(d.label().startsWith("（") ? "" : d.label(), 0L)));
        assertThat(view.departments.getHeaders()).first().isEqualTo("直接监管责任部门");

        view.progressCampaign.setValue(view.progressCampaign
                .getListDataView()
                .getItems()
                .filter(c -> c.id().equals(campaign.id()))
                .findFirst()
                .orElseThrow());
        long cases = jdbc.queryForObject(
                "select count(*) from grading_case where campaign_id = ?", Long.class, campaign.id());
        assertThat(cases).isPositive();
        assertThat(view.progressByDepartment.getItems().stream()
                        .mapToLong(cn.safetygrading.grading.domain.CampaignProgress::total)
                        .sum())
                .isEqualTo(cases);
        assertThat(view.progressByIndustry.getItems().stream()
                        .mapToLong(cn.safetygrading.grading.domain.CampaignProgress::total)
                        .sum())
                .isEqualTo(cases);
        var byIndustry = new java.util.HashMap<String, Long>();
        jdbc.query(
                "select coalesce(d.section_code, '') as k, count(*) as n from grading_case g join enterprise e on e.uscc = g.uscc"
                        + " left join industry d on d.code = e.industry_code where g.campaign_id = ? group by 1",
                rs -> {
                    byIndustry.put(rs.getString("k"), rs.getLong("n"));
                },
                campaign.id());
        view.progressByIndustry
                .getItems()
                .forEach(p -> assertThat(p.total()).as(p.regionName()).isEqualTo(byIndustry.get(p.regionCode())));
        assertThat(view.progressByIndustry.getHeaders()).contains("行业类别", "合计");
        campaignService.closeNow(accounts.find("manager").orElseThrow(), campaign.id(), "测试结束");
    }

    @org.springframework.beans.factory.annotation.Autowired
    cn.safetygrading.security.service.AccountService accounts;

    private static long tileValue(String id) {
        var tile = _get(com.vaadin.flow.component.html.Div.class, s -> s.withId(id));
        return Long.parseLong(((com.vaadin.flow.component.html.Span)
                        tile.getChildren().findFirst().orElseThrow())
                .getText());
    }

    @Test
    void eachNumberOpensTheListBehindIt() {
        login("manager", "demo");
        navigate("dashboard");
        DashboardView view = _get(DashboardView.class);
        var enterprises =
                _get(com.vaadin.flow.component.button.Button.class, s -> s.withId("dashboard-enterprises-open"));
        com.github.mvysny.kaributesting.v10.LocatorJ._click(enterprises);
        DrillDown list = _get(DrillDown.class);
        long total = view.regions.getItems().stream().mapToLong(r -> r.total()).sum();
        assertThat(enterprises.getText()).isEqualTo(String.valueOf(total));
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._size(list.enterprises))
                .isEqualTo((int) total);
        var first = com.github.mvysny.kaributesting.v10.GridKt._get(list.enterprises, 0);
        var link = (com.vaadin.flow.component.html.Anchor)
                com.github.mvysny.kaributesting.v10.GridKt._getCellComponent(list.enterprises, 0, "name");
        assertThat(link.getHref()).isEqualTo("ledger/" + first.uscc());
        assertThat(link.getText()).isEqualTo(first.name());
        list.close();

        var classI = _get(com.vaadin.flow.component.button.Button.class, s -> s.withId("dashboard-classI-open"));
        com.github.mvysny.kaributesting.v10.LocatorJ._click(classI);
        DrillDown onlyClassI = _get(DrillDown.class);
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._size(onlyClassI.enterprises))
                .isEqualTo(Integer.parseInt(classI.getText()));
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._fetch(onlyClassI.enterprises, 0, 500))
                .allSatisfy(e -> assertThat(e.enterpriseClass()).isEqualTo("I"));
        onlyClassI.close();

        var open = _get(com.vaadin.flow.component.button.Button.class, s -> s.withId("dashboard-openTasks-open"));
        com.github.mvysny.kaributesting.v10.LocatorJ._click(open);
        DrillDown tasks = _get(DrillDown.class);
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._size(tasks.tasks))
                .isEqualTo(Integer.parseInt(open.getText()));
        tasks.close();
        var overdue = _get(com.vaadin.flow.component.button.Button.class, s -> s.withId("dashboard-overdueTasks-open"));
        com.github.mvysny.kaributesting.v10.LocatorJ._click(overdue);
        DrillDown late = _get(DrillDown.class);
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._size(late.tasks))
                .isEqualTo(Integer.parseInt(overdue.getText()));
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._fetch(late.tasks, 0, 500))
                .allSatisfy(t -> assertThat(t.overdue()).isTrue());
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.camunda.bpm.engine.RuntimeService runtime;

    @org.springframework.beans.factory.annotation.Autowired
    org.camunda.bpm.engine.TaskService taskService;

    @org.springframework.beans.factory.annotation.Autowired
    java.time.Clock clock;

    /** A campaign of its own in 乳山 (one grading per enterprise: running cycles there are ended first). */
    private cn.safetygrading.grading.domain.Campaign ownCampaign(String name) {
        endCycles();
        java.time.OffsetDateTime now = java.time.OffsetDateTime.now(clock);
        var campaign = campaignService.launch(
                accounts.find("manager").orElseThrow(),
                new cn.safetygrading.grading.domain.NewCampaign(
                        name,
                        "371083",
                        2026,
                        now.plusDays(30),
                        now.plusDays(45),
                        now.plusDays(60),
                        now.plusDays(90),
                        java.math.BigDecimal.ZERO,
                        "P7D"));
        for (int i = 0; i < 50; i++) {
            var due = management
                    .createJobQuery()
                    .processInstanceId(campaign.processInstanceId())
                    .executable()
                    .list();
            if (due.isEmpty()) {
                break;
            }
            due.forEach(j -> management.executeJob(j.getId()));
        }
        return campaign;
    }

    /** Ends the grading cycles running in 乳山, so the next campaign there (this class's others) starts them all. */
    private void endCycles() {
        jdbc.queryForList("select uscc from enterprise where region_code = '371083'", String.class)
                .forEach(uscc -> runtime.createProcessInstanceQuery()
                        .processInstanceBusinessKey(uscc.strip())
                        .list()
                        .forEach(p -> runtime.deleteProcessInstance(p.getId(), "test reset", true, true)));
    }

    private void show(DashboardView view, cn.safetygrading.grading.domain.Campaign campaign) {
        view.progressCampaign.setValue(view.progressCampaign
                .getListDataView()
                .getItems()
                .filter(c -> c.id().equals(campaign.id()))
                .findFirst()
                .orElseThrow());
    }

    @Test
    void aCampaignsStepOpensTheTasksOfThatStep() {
        var campaign = ownCampaign("看板步骤清单");
        try {
            login("manager", "demo");
            navigate("dashboard");
            DashboardView view = _get(DashboardView.class);
            show(view, campaign);
            var buttons = view.progressLists
                    .getChildren()
                    .map(c -> (com.vaadin.flow.component.button.Button) c)
                    .toList();
            assertThat(buttons).hasSize(5);
            assertThat(buttons).anySatisfy(b -> assertThat(b.isEnabled()).isTrue());
            for (var button : buttons) {
                String key = button.getId().orElseThrow().replace("dashboard-progress-open-", "");
                long shown = Long.parseLong(button.getText().replaceAll(".*\\s", ""));
                assertThat(button.isEnabled()).isEqualTo(shown > 0);
                if (shown > 0) {
                    com.github.mvysny.kaributesting.v10.LocatorJ._click(button);
                    DrillDown list = _get(DrillDown.class);
                    assertThat(com.github.mvysny.kaributesting.v10.GridKt._fetch(list.tasks, 0, 500))
                            .hasSize((int) shown)
                            .allSatisfy(t -> assertThat(t.taskKey()).isEqualTo(key))
                            .allSatisfy(t -> assertThat(t.campaignName()).isEqualTo(campaign.name()));
                    list.close();
                }
            }
        } finally {
            campaignService.closeNow(accounts.find("manager").orElseThrow(), campaign.id(), "测试结束");
            endCycles();
        }
    }

    @Test
    void aManagerUrgesEverythingOverdueBehindTheFigure() {
        var campaign = ownCampaign("看板催办");
        try {
            var task = taskService
                    .createTaskQuery()
                    .processVariableValueEquals("campaignId", campaign.id())
                    .taskDefinitionKey("selfAssessment")
                    .listPage(0, 1)
                    .get(0);
            // one of the campaign's tasks is overdue and in the demo reviewer's hands
            taskService.setDueDate(
                    task.getId(), java.util.Date.from(clock.instant().minus(java.time.Duration.ofDays(1))));
            taskService.setAssignee(task.getId(), "reviewer");
            login("manager", "demo");
            navigate("dashboard");
            com.github.mvysny.kaributesting.v10.LocatorJ._click(
                    _get(com.vaadin.flow.component.button.Button.class, s -> s.withId("dashboard-overdueTasks-open")));
            DrillDown late = _get(DrillDown.class);
            assertThat(late.urge.isEnabled()).isTrue();
            assertThat(late.urge.getText())
                    .contains(String.valueOf(com.github.mvysny.kaributesting.v10.GridKt._size(late.tasks)));
            com.github.mvysny.kaributesting.v10.LocatorJ._click(late.urge);
            _get(com.vaadin.flow.component.textfield.TextArea.class, t -> t.withId("urge-note"))
                    .setValue("逾期自评请于三日内完成");
            com.github.mvysny.kaributesting.v10.LocatorJ._click(
                    _get(com.vaadin.flow.component.button.Button.class, b -> b.withId("urge-send")));
            assertThat(jdbc.queryForList(
                            "select recipient from notification where kind = 'URGED' and source_ref like ?",
                            String.class,
                            "urge:%:" + task.getId()))
                    .containsExactly("reviewer");
            assertThat(jdbc.queryForObject(
                            "select body from notification where kind = 'URGED' and source_ref like ?",
                            String.class,
                            "urge:%:" + task.getId()))
                    .contains("逾期自评请于三日内完成");
        } finally {
            campaignService.closeNow(accounts.find("manager").orElseThrow(), campaign.id(), "测试结束");
            endCycles();
        }
    }
}
