package cn.safetygrading.supervision.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.safetygrading.base.ui.UiTest;
import cn.safetygrading.security.domain.NewAccount;
import cn.safetygrading.security.domain.Role;
import cn.safetygrading.security.service.AccountService;
import cn.safetygrading.supervision.domain.PlanEntry;
import cn.safetygrading.supervision.domain.PlanFigures;
import com.vaadin.flow.component.UI;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** 监管计划: the manager sees a county's plan (its 区市级 enterprises), draws, and checks the stored draw. */
class InspectionPlanViewTest extends UiTest {

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theManagerDrawsForACountyAndChecksTheDraw() {
        for (String id : List.of("ins-rs-1", "ins-rs-2")) {
            if (accounts.find(id).isEmpty()) {
                accounts.create(new NewAccount(
                        id,
                        "乳山执法" + id.substring(7),
                        "secret-123",
                        Set.of(Role.INSPECTOR),
                        "371083",
                        "乳山市应急管理局",
                        null));
            }
        }
        login("manager", "demo");
        navigate("supervision");
        InspectionPlanView view = _get(InspectionPlanView.class);
        assertThat(view.region.getValue().code()).isEqualTo("371000");
        assertThat(_size(view.plan)).isPositive();
        view.region.setValue(view.region
                .getListDataView()
                .getItems()
                .filter(r -> r.code().equals("371083"))
                .findFirst()
                .orElseThrow());
        long active = jdbc.queryForObject(
                "select count(*) from enterprise where region_code like '371083%' and status = 'ACTIVE'"
                        + " and management_level <> 'CITY'",
                Long.class);
        assertThat((long) _size(view.plan)).isEqualTo(active);

        view.asOf.setValue(LocalDate.of(2027, 4, 1));
        view.count.setValue(3);
        int before = _size(view.draws);
        _click(view.draw);
        assertThat(view.picks.isVisible()).isTrue();
        assertThat(_size(view.picks)).isEqualTo(3);
        assertThat(_size(view.draws)).isEqualTo(before + 1);
        // the seed was made at the draw (nobody typed one) and is kept with it
        assertThat(jdbc.queryForObject(
                        "select seed from inspection_draw where region_code = '371083' order by drawn_at desc limit 1",
                        Long.class))
                .isNotNull();

        // 包保督导: with a supervisor in 乳山's county unit, the decision table assigns its county-level enterprises
        grid.addMember(accounts.find("manager").orElseThrow(), "ins-rs-2", "371083", false);
        _click(view.assignGrid);
        assertThat(jdbc.queryForObject(
                        "select count(*) from supervision_assignment where region_code = '371083' and supervisor = 'ins-rs-2'",
                        Long.class))
                .isPositive();
    }

    @Autowired
    cn.safetygrading.supervision.service.SupervisionGridService grid;

    @Test
    void thePlansFiguresShowAndExportByRegionDepartmentAndIndustry() {
        login("manager", "demo");
        navigate("supervision");
        InspectionPlanView view = _get(InspectionPlanView.class);
        view.region.setValue(view.region
                .getListDataView()
                .getItems()
                .filter(r -> r.code().equals("371002"))
                .findFirst()
                .orElseThrow());
        int inPlan = _size(view.plan);
        assertThat(inPlan).isPositive();
        for (var table : view.figures.values()) {
            assertThat(table.getItems().stream()
                            .mapToInt(PlanFigures::enterprises)
                            .sum())
                    .isEqualTo(inPlan);
        }
        assertThat(view.figures.get(PlanFigures.DEPARTMENT).getItems())
                .extracting(PlanFigures::label)
                .contains("环翠区应急管理局", "环翠区住房和城乡建设局");
        assertThat(view.figures.get(PlanFigures.DEPARTMENT).getHtml()).contains("环翠区住房和城乡建设局", "计划企业", "逾期未查");
        var export = view.figuresTable();
        assertThat(export.headers()).containsExactly("统计口径", "名称", "计划企业", "已抽取", "已检查", "逾期未查");
        assertThat(export.rows())
                .hasSize(view.figures.values().stream()
                        .mapToInt(t -> t.getItems().size())
                        .sum());
        assertThat(export.rows())
                .anyMatch(r -> r.get(0).equals("直接监管责任部门") && r.get(1).equals("环翠区住房和城乡建设局"));
        assertThat(cn.safetygrading.base.ui.SpreadsheetExport.xlsx(export)).isNotEmpty();
    }

    @Test
    void aDepartmentsSupervisorSeesOnlyItsDepartmentsFigures() {
        if (accounts.find("hc-housing-sup-ui").isEmpty()) {
            accounts.create(new NewAccount(
                    "hc-housing-sup-ui",
                    "环翠住建督导",
                    "Secret-12345!",
                    Set.of(Role.SUPERVISOR),
                    "371002",
                    "环翠区住房和城乡建设局",
                    null));
        }
        login("hc-housing-sup-ui", "Secret-12345!");
        navigate("supervision");
        InspectionPlanView view = _get(InspectionPlanView.class);
        assertThat(view.region.getValue().code()).isEqualTo("371002");
        assertThat(view.figures.get(PlanFigures.DEPARTMENT).getItems())
                .extracting(PlanFigures::label)
                .containsExactly("环翠区住房和城乡建设局");
        assertThat(view.figures.values().stream().map(t -> t.getHtml()).reduce("", String::concat))
                .doesNotContain("环翠区应急管理局");
    }

    @Test
    void reviewersDoNotOpenThePlan() {
        login("reviewer", "demo");
        navigate("supervision");
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0))
                .isNotInstanceOf(InspectionPlanView.class);
    }

    @Test
    void theNextInspectionIsMarkedWhenDueByTheDrawsDateOrForAKeyEnterprise() {
        login("manager", "demo");
        navigate("supervision");
        InspectionPlanView view = _get(InspectionPlanView.class);
        view.asOf.setValue(LocalDate.of(2027, 4, 1));
        var due = entry(LocalDate.of(2027, 3, 31), false);
        var later = entry(LocalDate.of(2027, 6, 1), false);
        var key = entry(LocalDate.of(2027, 6, 1), true);
        assertThat(view.nextDueTheme(due)).isEqualTo("badge error");
        assertThat(view.nextDueTheme(entry(LocalDate.of(2027, 4, 1), true))).isEqualTo("badge error");
        assertThat(view.nextDueTheme(key)).isEqualTo("badge contrast");
        assertThat(view.nextDueTheme(later)).isEmpty();
    }

    private static PlanEntry entry(LocalDate nextDue, boolean key) {
        return new PlanEntry(
                "91371002MA31000019", "某企业", "环翠区", "I", "B", null, 6, null, nextDue, List.of(nextDue), key);
    }
}
