package cn.safetygrading.portal.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.safetygrading.base.ui.UiTest;
import cn.safetygrading.demo.DemoDataLoader;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** 监管安排 in the portal: the enterprise sees its 包保 supervisor and its stationed supervision. */
class SupervisionPanelTest extends UiTest {

    @Autowired
    JdbcTemplate jdbc;

    private final String own = DemoDataLoader.demoEnterpriseUscc(OffsetDateTime.now());

    @Test
    void theEnterpriseSeesWhoSupervisesIt() {
        jdbc.update("delete from supervision_assignment where uscc = ?", own);
        jdbc.update(
                "insert into supervision_assignment (uscc, grid_level, region_code, supervisor, assigned_at) values (?, 'COUNTY', '371002', 'sup-x', now())",
                own);
        jdbc.update("update stationing_assignment set ended_at = now() where uscc = ? and ended_at is null", own);
        jdbc.update(
                "insert into stationing_assignment (id, uscc, mode, officials, location, starts_on, created_at, process_instance_id)"
                        + " values (gen_random_uuid()::text, ?, 'STATIONED', 'reviewer', '厂区安全办', ?, now(), gen_random_uuid()::text)",
                own,
                LocalDate.of(2026, 11, 1));
        login("enterprise", "demo");
        navigate("enterprise");
        EnterprisePortalView portal = _get(EnterprisePortalView.class);
        portal.tabs.setSelectedTab(portal.supervisionTab);
        assertThat(portal.supervisionPanel.assignment.getText()).contains("区市级").contains("sup-x");
        assertThat(portal.supervisionPanel.stationing.getText())
                .contains("reviewer")
                .contains("厂区安全办")
                .contains("2026-11-01");
        jdbc.update("delete from supervision_assignment where uscc = ?", own);
        jdbc.update("update stationing_assignment set ended_at = now() where uscc = ? and ended_at is null", own);
    }

    @Test
    void theEnterpriseSeesItsContactSheetLinkAndAsksItsSupervisor() {
        jdbc.update("delete from supervision_assignment where uscc = ?", own);
        jdbc.update(
                "insert into supervision_assignment (uscc, grid_level, region_code, supervisor, assigned_at) values (?, 'COUNTY', '371002', 'reviewer', now())",
                own);
        jdbc.update("update supervision_assignment set risk_level = 'LARGER' where uscc = ?", own);
        login("enterprise", "demo");
        navigate("enterprise");
        EnterprisePortalView portal = _get(EnterprisePortalView.class);
        SupervisionPanel panel = portal.supervisionPanel;
        assertThat(panel.contact.getText()).contains("监督电话");
        assertThat(panel.riskLevel.getText()).contains("较大风险");
        assertThat(panel.contactPage.getHref()).matches("notice/contact/[0-9a-f]{32}");
        // an empty question is refused on the field
        panel.ask();
        assertThat(panel.question.isInvalid()).isTrue();
        panel.question.setValue("动火作业审批需要哪些材料？");
        panel.ask();
        assertThat(panel.consultations.getListDataView().getItems())
                .anySatisfy(c -> assertThat(c.question()).isEqualTo("动火作业审批需要哪些材料？"));
        assertThat(jdbc.queryForObject(
                        "select count(*) from act_ru_task where task_def_key_ = 'consultationAnswer'"
                                + " and proc_inst_id_ in (select process_instance_id from consultation where uscc = ?)",
                        Long.class,
                        own))
                .isPositive();
        jdbc.update("delete from supervision_assignment where uscc = ?", own);
    }
}
