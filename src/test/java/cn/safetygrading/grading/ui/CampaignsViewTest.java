package cn.safetygrading.grading.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.safetygrading.base.ui.UiTest;
import cn.safetygrading.grading.domain.CampaignStatus;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Managers launch campaigns from the UI; nobody else opens the page. */
class CampaignsViewTest extends UiTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Autowired
    cn.safetygrading.grading.service.CampaignService campaigns;

    @Autowired
    org.camunda.bpm.engine.ManagementService management;

    @Test
    void aManagerLaunchesACampaignForARegionOfTheirScope() {
        login("manager", "demo");
        navigate("campaigns");
        CampaignsView view = _get(CampaignsView.class);
        int before = GridKt._size(view.grid);
        _click(_get(Button.class, s -> s.withId("launch-campaign")));
        @SuppressWarnings("unchecked")
        ComboBox<cn.safetygrading.ledger.domain.Region> region = _get(ComboBox.class);
        region.setValue(region.getListDataView()
                .getItems()
                .filter(r -> r.code().equals("371082"))
                .findFirst()
                .orElseThrow());
        _click(_get(Button.class, s -> s.withId("launch-now")));
        view.grid.getDataProvider().refreshAll();
        assertThat(GridKt._size(view.grid)).isEqualTo(before + 1);
        assertThat(jdbc.queryForObject("select count(*) from campaign where region_code = '371082'", Integer.class))
                .isPositive();
    }

    @Test
    void wrongDatesAreRefusedWithAMessage() {
        login("manager", "demo");
        navigate("campaigns");
        int campaigns = jdbc.queryForObject("select count(*) from campaign", Integer.class);
        _click(_get(Button.class, s -> s.withId("launch-campaign")));
        DatePicker closes = _get(DatePicker.class, s -> s.withLabel("结束日期"));
        closes.setValue(closes.getValue().minusYears(1));
        _click(_get(Button.class, s -> s.withId("launch-now")));
        assertThat(_get(Button.class, s -> s.withId("launch-now")).isAttached())
                .as("the dialog stays open")
                .isTrue();
        assertThat(jdbc.queryForObject("select count(*) from campaign", Integer.class))
                .isEqualTo(campaigns);
    }

    @Test
    void dangerousLaunchesAreRefusedOnTheServerInChineseNamingTheField() {
        login("manager", "demo");
        navigate("campaigns");
        int campaigns = jdbc.queryForObject("select count(*) from campaign", Integer.class);

        // a self-assessment deadline already past: every enterprise would have missed it at launch
        _click(_get(Button.class, s -> s.withId("launch-campaign")));
        DatePicker selfDue = _get(DatePicker.class, s -> s.withLabel("自评截止"));
        selfDue.setValue(LocalDate.now(clock).minusDays(1));
        refusedWith("无法发布：“自评截止”必须晚于今天：截止日期已过，所有企业一发布即逾期");

        // a 0-day notice, which the field marks but the browser can still send
        _click(_get(Button.class, s -> s.withId("launch-campaign")));
        _get(IntegerField.class, s -> s.withLabel("公示天数")).setValue(0);
        refusedWith("无法发布：“公示天数”至少为 1 天（P0D）");

        // a ratio over 100 %
        _click(_get(Button.class, s -> s.withId("launch-campaign")));
        _get(NumberField.class, s -> s.withLabel("抽查比例")).setValue(150.0);
        refusedWith("无法发布：“抽查比例”须在 0% 到 100% 之间");

        assertThat(jdbc.queryForObject("select count(*) from campaign", Integer.class))
                .as("nothing launched")
                .isEqualTo(campaigns);
    }

    private void refusedWith(String message) {
        NotificationsKt.clearNotifications();
        _click(_get(Button.class, s -> s.withId("launch-now")));
        NotificationsKt.expectNotifications(message);
        assertThat(_get(Button.class, s -> s.withId("launch-now")).isAttached())
                .as("the dialog stays open")
                .isTrue();
        _get(com.vaadin.flow.component.dialog.Dialog.class).close();
    }

    @Autowired
    org.camunda.bpm.engine.RuntimeService runtime;

    /**
     * Ends the gradings running in 乳山 (earlier tests leave some, e.g. GradingPathsViewTest's look-back): with one
     * running, the launch would first ask about the overlap and the campaign would leave it out.
     */
    private void endCyclesIn(String regionCode) {
        jdbc.queryForList("select uscc from enterprise where region_code = ?", String.class, regionCode)
                .forEach(uscc -> runtime.createProcessInstanceQuery()
                        .processDefinitionKey("grading-cycle")
                        .processInstanceBusinessKey(uscc.strip())
                        .list()
                        .forEach(p -> runtime.deleteProcessInstance(p.getId(), "test reset", true, true)));
    }

    @Test
    void closingEarlyAsksForAReasonAndSaysWhatItDid() {
        endCyclesIn("371083");
        java.util.List<String> earlier =
                jdbc.queryForList("select id from campaign where region_code = '371083'", String.class);
        try {
            closeEarly(earlier);
        } finally {
            // the gradings the closed campaign leaves running would be left out of the next campaign in 乳山
            jdbc.queryForList("select id from campaign where region_code = '371083'", String.class).stream()
                    .filter(id -> !earlier.contains(id))
                    .forEach(id -> runtime.createProcessInstanceQuery()
                            .processDefinitionKey("grading-cycle")
                            .variableValueEquals("campaignId", id)
                            .list()
                            .forEach(p -> runtime.deleteProcessInstance(p.getId(), "test reset", true, true)));
        }
    }

    private void closeEarly(java.util.List<String> earlier) {
        login("manager", "demo");
        navigate("campaigns");
        CampaignsView view = _get(CampaignsView.class);
        _click(_get(Button.class, s -> s.withId("launch-campaign")));
        @SuppressWarnings("unchecked")
        ComboBox<cn.safetygrading.ledger.domain.Region> region = _get(ComboBox.class);
        region.setValue(region.getListDataView()
                .getItems()
                .filter(r -> r.code().equals("371083"))
                .findFirst()
                .orElseThrow());
        _click(_get(Button.class, s -> s.withId("launch-now")));
        // this launch's campaign, not the newest row another test may also have written
        java.util.List<String> launched =
                jdbc.queryForList("select id from campaign where region_code = '371083'", String.class);
        launched.removeAll(earlier);
        assertThat(launched).as("one campaign launched in 乳山").hasSize(1);
        String id = launched.get(0);
        // the launch's batches run (the job executor is off in tests): the campaign is running and can be closed
        String instance = campaigns.find(id).orElseThrow().processInstanceId();
        for (int round = 0; round < 50; round++) {
            var jobs = management
                    .createJobQuery()
                    .processInstanceId(instance)
                    .executable()
                    .list();
            if (jobs.isEmpty()) {
                break;
            }
            jobs.forEach(job -> management.executeJob(job.getId()));
        }
        var campaign = campaigns.find(id).orElseThrow();
        assertThat(campaign.status()).isEqualTo(CampaignStatus.RUNNING);

        view.openClose(campaign);
        _click(_get(Button.class, s -> s.withId("close-confirm")));
        assertThat(_get(com.vaadin.flow.component.textfield.TextArea.class, s -> s.withId("close-reason"))
                        .getErrorMessage())
                .isEqualTo("请填写提前结束的原因");
        assertThat(jdbc.queryForObject(
                        "select close_requested_at from campaign where id = ?", java.time.OffsetDateTime.class, id))
                .as("nothing closed without a reason")
                .isNull();

        _get(com.vaadin.flow.component.textfield.TextArea.class, s -> s.withId("close-reason"))
                .setValue("上级通知本年度评定提前完成");
        NotificationsKt.clearNotifications();
        _click(_get(Button.class, s -> s.withId("close-confirm")));
        long running = jdbc.queryForObject(
                "select count(*) from grading_case where campaign_id = ? and finished_at is null", Long.class, id);
        NotificationsKt.expectNotifications("已提前结束“" + campaign.name() + "”：结果正在汇总，仍有 " + running + " 家企业的分级评定在办理中");
        assertThat(jdbc.queryForMap("select close_requested_by, close_reason from campaign where id = ?", id))
                .containsEntry("close_requested_by", "manager")
                .containsEntry("close_reason", "上级通知本年度评定提前完成");
        // the audit log has who asked and why
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_log where table_name = 'campaign' and record_key = ?"
                                + " and actor = 'manager' and jsonb_exists(after, 'close_reason')",
                        Integer.class,
                        id))
                .isOne();
    }

    @Test
    void aReviewerCannotOpenIt() {
        login("reviewer", "demo");
        navigate("campaigns");
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0))
                .isNotInstanceOf(CampaignsView.class);
    }
}
