package cn.safetygrading.consequence.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.safetygrading.base.ui.UiTest;
import cn.safetygrading.consequence.domain.MeasureKind;
import cn.safetygrading.consequence.domain.MeasureProposal;
import cn.safetygrading.demo.DemoDataLoader;
import com.vaadin.flow.component.html.Span;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The 处理措施 tab of the enterprise file, the dashboard's proposals, and the portal's incentives line. */
class ConsequenceViewsTest extends UiTest {

    @Autowired
    JdbcTemplate jdbc;

    private final String own = DemoDataLoader.demoEnterpriseUscc(OffsetDateTime.now());

    @BeforeEach
    void clean() {
        jdbc.update("update grading_case set finished_at = null where uscc = ?", own);
        jdbc.update("update measure_proposal set closed_at = now() where uscc = ? and closed_at is null", own);
    }

    private void finishedGrading(String grade, int daysAgo) {
        OffsetDateTime at = OffsetDateTime.now().minusDays(daysAgo);
        jdbc.update(
                "insert into grading_case (id, process_instance_id, uscc, trigger, region_code, step, started_at,"
                        + " final_grade, finished_at) select ?, ?, uscc, 'APPLICATION', region_code, 'GRADED', ?, ?, ? from enterprise where uscc = ?",
                UUID.randomUUID().toString(),
                "test-" + UUID.randomUUID(),
                at.minusDays(30),
                grade,
                at,
                own);
    }

    @Test
    void anOfficialRecordsAMeasureFromTheFileAndTheFormNamesTheField() {
        login("reviewer", "demo");
        com.vaadin
                .flow
                .component
                .UI
                .getCurrent()
                .navigate("ledger/" + own, com.vaadin.flow.router.QueryParameters.of("tab", MeasuresSection.TITLE_KEY));
        com.vaadin.flow.component.tabs.TabSheet tabs =
                _get(com.vaadin.flow.component.tabs.TabSheet.class, s -> s.withId("enterprise-file-tabs"));
        assertThat(tabs.getSelectedIndex()).isPositive();
        MeasuresPanel panel = _get(MeasuresPanel.class);
        long before = panel.grid.getGenericDataView().getItems().count();
        panel.register.click();
        assertThat(panel.issuingDepartment.getValue()).isEqualTo("环翠区应急管理局");
        panel.kind.setValue(MeasureKind.WARNING);
        panel.documentNo.setValue("威环应急警〔2026〕7号");
        panel.save.click();
        assertThat(panel.reason.isInvalid()).isTrue();
        assertThat(panel.reason.getErrorMessage()).isEqualTo("此项必填");
        panel.reason.setValue("重大隐患整改逾期，予以警示");
        panel.save.click();
        assertThat(panel.dialog.isOpened()).isFalse();
        assertThat(panel.grid.getGenericDataView().getItems().count()).isEqualTo(before + 1);
    }

    @Test
    void theEnterpriseSeesNoMeasuresTab() {
        login("enterprise", "demo");
        navigate("enterprise");
        assertThat(_find(MeasuresPanel.class)).isEmpty();
    }

    @Test
    void theDashboardListsTheProposalWithALinkToTheTab() {
        jdbc.update(
                "insert into measure_proposal (uscc, grade, reason, proposed_at) values (?, 'D', 'GRADE_D', now())",
                own);
        login("manager", "demo");
        navigate("dashboard");
        ConsequencesPanel panel = _get(ConsequencesPanel.class);
        assertThat(panel.proposals.getGenericDataView().getItems().map(MeasureProposal::uscc))
                .contains(own);
    }

    @Test
    void onlyTwoAGradingsInARowShowTheIncentives() {
        jdbc.update("update enterprise set grade = 'A' where uscc = ?", own);
        try {
            finishedGrading("A", 10);
            login("enterprise", "demo");
            navigate("enterprise");
            assertThat(_find(Span.class, s -> s.withId("portal-incentives"))).isEmpty();
            finishedGrading("A", 400);
            navigate("notice");
            navigate("enterprise");
            assertThat(_get(Span.class, s -> s.withId("portal-incentives")).getText())
                    .contains("安责险费率下浮");
        } finally {
            jdbc.update("update enterprise set grade = 'B' where uscc = ?", own);
        }
    }
}
