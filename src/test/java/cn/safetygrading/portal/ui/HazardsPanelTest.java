package cn.safetygrading.portal.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.safetygrading.base.ui.UiTest;
import cn.safetygrading.demo.DemoDataLoader;
import cn.safetygrading.supervision.domain.Hazard;
import com.vaadin.flow.component.button.Button;
import java.time.OffsetDateTime;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** 隐患排查 in the portal: the enterprise reports a hazard and submits its rectification for the county to verify. */
class HazardsPanelTest extends UiTest {

    @Autowired
    TaskService tasks;

    @Autowired
    JdbcTemplate jdbc;

    private final String own = DemoDataLoader.demoEnterpriseUscc(OffsetDateTime.now());

    private HazardsPanel open() {
        login("enterprise", "demo");
        navigate("enterprise");
        EnterprisePortalView portal = _get(EnterprisePortalView.class);
        portal.tabs.setSelectedTab(portal.hazardsTab);
        return portal.hazardsPanel;
    }

    @Test
    void theEnterpriseReportsAMajorHazardAndRectifiesIt() {
        HazardsPanel panel = open();
        int before = _size(panel.grid);
        _click(panel.report);
        panel.level.setValue(Hazard.MAJOR);
        panel.title.setValue("液氨储罐安全阀未校验");
        panel.description.setValue("2号液氨储罐安全阀超期未校验");
        panel.plan.setValue("委托有资质机构校验，校验前降低储量");
        _click(_get(Button.class, b -> b.withId("confirm-report-hazard")));
        assertThat(_size(panel.grid)).isEqualTo(before + 1);
        Hazard reported = _get(panel.grid, 0);
        assertThat(reported.title()).isEqualTo("液氨储罐安全阀未校验");
        assertThat(reported.listed()).isTrue();
        assertThat(reported.status()).isEqualTo("RECTIFYING");

        panel.openRectify(reported);
        panel.rectification.setValue("安全阀已校验合格，附校验报告");
        _click(_get(Button.class, b -> b.withId("confirm-rectify-hazard")));
        assertThat(_get(panel.grid, 0).status()).isEqualTo("AWAITING_VERIFICATION");
        var verify = tasks.createTaskQuery()
                .processInstanceId(reported.processInstanceId())
                .singleResult();
        assertThat(verify.getTaskDefinitionKey()).isEqualTo("verifyRectification");
    }

    @Test
    void anIncompleteReportIsRefusedAndNothingIsStored() {
        HazardsPanel panel = open();
        int before = _size(panel.grid);
        _click(panel.report);
        panel.title.clear();
        panel.description.setValue("描述");
        panel.plan.setValue("方案");
        _click(_get(Button.class, b -> b.withId("confirm-report-hazard")));
        assertThat(panel.dialog.isOpened()).isTrue();
        assertThat(_size(panel.grid)).isEqualTo(before);
        assertThat(jdbc.queryForObject(
                        "select count(*) from hazard where uscc = ? and description = '描述'", Long.class, own))
                .isZero();
    }
}
