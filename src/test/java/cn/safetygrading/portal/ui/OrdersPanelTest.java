package cn.safetygrading.portal.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.safetygrading.base.ui.UiTest;
import cn.safetygrading.demo.DemoDataLoader;
import cn.safetygrading.supervision.service.InspectionService;
import com.vaadin.flow.component.button.Button;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** 整改指令 in the portal: an inspection's order is answered by the enterprise and goes to re-check. */
class OrdersPanelTest extends UiTest {

    @Autowired
    InspectionService inspections;

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService tasks;

    @Autowired
    JdbcTemplate jdbc;

    private final String own = DemoDataLoader.demoEnterpriseUscc(OffsetDateTime.now());

    @Test
    void theEnterpriseReportsOnAnOpenOrder() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        String id = UUID.randomUUID().toString();
        jdbc.update(
                "insert into inspection (id, uscc, inspectors, planned_on, status) values (?, ?, 'ins-p,ins-q', ?, 'PLANNED')",
                id,
                own,
                today);
        inspections.start(id, own, List.of("ins-p", "ins-q"), today);
        String pid = jdbc.queryForObject("select process_instance_id from inspection where id = ?", String.class, id);
        tasks.complete(
                tasks.createTaskQuery().processInstanceId(pid).singleResult().getId(),
                Map.of(
                        "site",
                        "原料库",
                        "legalRepresentative",
                        "张三",
                        "timeSpan",
                        "09:00–11:00",
                        "findings",
                        "原料库消防通道堵塞",
                        "signed",
                        true,
                        "orderNeeded",
                        true,
                        "orderDeadline",
                        today.plusDays(7).toString()));

        login("enterprise", "demo");
        navigate("enterprise");
        EnterprisePortalView portal = _get(EnterprisePortalView.class);
        assertThat(portal.ordersTab.getLabel()).contains("（");
        portal.tabs.setSelectedTab(portal.ordersTab);
        var panel = portal.ordersPanel;
        var inspection = panel.grid
                .getListDataView()
                .getItems()
                .filter(i -> i.id().equals(id))
                .findFirst()
                .orElseThrow();
        assertThat(inspection.findings()).isEqualTo("原料库消防通道堵塞");
        panel.open(inspection);
        panel.report.setValue("已清理消防通道并设置禁停标识");
        _click(_get(Button.class, b -> b.withId("confirm-order-report")));
        assertThat(tasks.createTaskQuery().processInstanceId(pid).singleResult().getTaskDefinitionKey())
                .isEqualTo("recheckInspection");
        assertThat(jdbc.queryForObject("select rectification from inspection where id = ?", String.class, id))
                .isEqualTo("已清理消防通道并设置禁停标识");
        runtime.deleteProcessInstance(pid, "test done");
    }
}
