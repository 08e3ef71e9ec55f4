package cn.safetygrading.grading.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.safetygrading.base.ui.UiTest;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The launch dialog says how many and which enterprises a campaign leaves out, before it launches. */
class CampaignOverlapViewTest extends UiTest {

    /** 上庄镇 of 荣成市: no demo enterprises, the region's only one is this test's. */
    static final String REGION = "371082110";

    static final String USCC = "91371082OVERLAPV1X";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RuntimeService runtime;

    @AfterEach
    void endTheGradingAndTheCampaign() {
        runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(USCC)
                .list()
                .forEach(p -> runtime.deleteProcessInstance(p.getId(), "test done", true, true));
        jdbc.queryForList("select process_instance_id from campaign where region_code = ?", String.class, REGION)
                .forEach(pi -> runtime.createProcessInstanceQuery()
                        .processInstanceId(pi)
                        .list()
                        .forEach(p -> runtime.deleteProcessInstance(p.getId(), "test done", true, true)));
    }

    @Test
    void theManagerIsToldWhichEnterprisesHaveAGradingRunningAndLaunchesForTheOthersOrCancels() {
        jdbc.update("""
                insert into enterprise (uscc, name, address, industry_code, region_code, enterprise_class, management_level,
                       competent_department, supervising_department, status, created_at, updated_at)
                select ?, '重叠测试食品有限公司', address, industry_code, ?, enterprise_class, management_level,
                       competent_department, supervising_department, 'ACTIVE', now(), now()
                  from enterprise where status = 'ACTIVE' and region_code like '3710%' order by uscc limit 1
                on conflict do nothing""", USCC, REGION);
        runtime.startProcessInstanceByKey("grading-cycle", USCC, Map.of("uscc", USCC));
        int before = jdbc.queryForObject("select count(*) from campaign", Integer.class);

        login("manager", "demo");
        navigate("campaigns");
        chooseRegionAndLaunch();
        assertThat(_get(Paragraph.class, s -> s.withId("overlap-message")).getText())
                .isEqualTo("本地区有 1 家企业的分级评定正在进行，同一企业不能同时进行两次分级评定，本次不纳入：重叠测试食品有限公司。" + "其余企业照常启动；请确认发布或取消。");
        _click(_get(Button.class, s -> s.withId("overlap-cancel")));
        assertThat(jdbc.queryForObject("select count(*) from campaign", Integer.class))
                .as("cancelled: nothing launched")
                .isEqualTo(before);
        assertThat(_get(Button.class, s -> s.withId("launch-now")).isAttached())
                .as("the launch dialog stays open")
                .isTrue();

        NotificationsKt.clearNotifications();
        _click(_get(Button.class, s -> s.withId("launch-now")));
        _click(_get(Button.class, s -> s.withId("launch-others")));
        NotificationsKt.expectNotifications("已发布，正在分批启动其余企业的分级评定；1 家企业因分级评定正在进行未纳入");
        assertThat(_find(Button.class, s -> s.withId("launch-now"))).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from campaign where region_code = ?", Integer.class, REGION))
                .isOne();
    }

    private void chooseRegionAndLaunch() {
        _click(_get(Button.class, s -> s.withId("launch-campaign")));
        @SuppressWarnings("unchecked")
        ComboBox<cn.safetygrading.ledger.domain.Region> region = _get(ComboBox.class);
        region.setValue(region.getListDataView()
                .getItems()
                .filter(r -> r.code().equals(REGION))
                .findFirst()
                .orElseThrow());
        _click(_get(Button.class, s -> s.withId("launch-now")));
    }
}
