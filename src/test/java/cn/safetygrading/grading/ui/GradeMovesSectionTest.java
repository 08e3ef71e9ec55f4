package cn.safetygrading.grading.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.safetygrading.base.ui.UiTest;
import cn.safetygrading.demo.DemoDataLoader;
import cn.safetygrading.ledger.ui.EnterpriseFileView;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import java.time.OffsetDateTime;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The file's tab 等级变动: every move in words, pending proposals, and 调整等级 by role. */
class GradeMovesSectionTest extends UiTest {

    @Autowired
    RuntimeService runtime;

    @Autowired
    JdbcTemplate jdbc;

    private final String uscc = DemoDataLoader.enterprises(OffsetDateTime.now()).stream()
            .filter(e -> e.name().equals("威海环翠纺织服装有限公司"))
            .findFirst()
            .orElseThrow()
            .uscc();

    /** Before and after: the demo enterprise as the demo has it (grade B, no moves), for this test and the next. */
    @BeforeEach
    @AfterEach
    void clean() {
        runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(uscc)
                .list()
                .forEach(p -> runtime.deleteProcessInstance(p.getId(), "test reset", true, true));
        jdbc.update("delete from grade_adjustment where uscc = ?", uscc);
        jdbc.update("update enterprise set grade = 'B' where uscc = ?", uscc);
    }

    private GradeMovesSection.Panel openTab(String user) {
        login(user, "demo");
        navigate("ledger/" + uscc);
        _get(EnterpriseFileView.class);
        TabSheet sheet = _get(TabSheet.class, q -> q.withId("enterprise-file-tabs"));
        sheet.setSelectedTab(_get(Tab.class, q -> q.withLabel("等级变动")));
        return _get(GradeMovesSection.Panel.class);
    }

    @Test
    void anOfficialProposesOneOfTheFourGroundsAndSeesItPending() {
        GradeMovesSection.Panel panel = openTab("reviewer");
        _click(panel.adjust);
        assertThat(panel.ground.getListDataView().getItems().toList())
                .containsExactlyInAnyOrder("SHORTCOMINGS", "OTHER_DOWN", "HIGH_MANAGEMENT", "EFFECTIVE_MEASURES");
        assertThat(panel.ground.getItemLabelGenerator().apply("SHORTCOMINGS")).isEqualTo("存在短板和缺陷");
        panel.ground.setValue("SHORTCOMINGS");
        _click(panel.submit);
        assertThat(panel.reason.isInvalid()).as("a reason is required").isTrue();
        panel.reason.setValue("双重预防机制运行存在明显短板");
        _click(panel.submit);
        assertThat(panel.table.getItems()).singleElement().satisfies(r -> {
            assertThat(r.ground()).isEqualTo("存在短板和缺陷");
            assertThat(r.state()).isEqualTo("待分管负责人确认");
            assertThat(r.who()).isEqualTo("reviewer");
        });
        assertThat(jdbc.queryForObject("select grade from enterprise where uscc = ?", String.class, uscc))
                .isEqualTo("B");
    }

    @Test
    void aManagerRaisesAnyGroundAndRefusedMovesShowTheirReasonInWords() {
        GradeMovesSection.Panel panel = openTab("manager");
        _click(panel.adjust);
        assertThat(panel.ground.getListDataView().getItems().toList())
                .contains("REFUSED_ORDER", "GENERAL_ACCIDENT", "SHORTCOMINGS");
        panel.ground.setValue("REFUSED_ORDER");
        panel.reason.setValue("拒不执行整改指令");
        _click(panel.submit);
        _click(panel.adjust);
        panel.ground.setValue("COMMENDATION");
        panel.reason.setValue("市级表彰");
        _click(panel.submit);
        assertThat(panel.table.getItems()).hasSize(2);
        assertThat(panel.table.getItems()).anySatisfy(r -> {
            assertThat(r.change()).isEqualTo("B → C");
            assertThat(r.ground()).isEqualTo("拒不执行监管指令");
            assertThat(r.state()).isEqualTo("已调整，进入重点关注期");
        });
        assertThat(panel.table.getItems()).anySatisfy(r -> {
            assertThat(r.ground()).isEqualTo("获得区级及以上表彰");
            assertThat(r.state()).isEqualTo("未调整：重点关注期内不予升级");
        });
    }
}
