package cn.safetygrading.supervision.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.safetygrading.base.ui.UiTest;
import cn.safetygrading.ledger.service.GradeBook;
import cn.safetygrading.supervision.domain.RovingCandidate;
import com.vaadin.flow.component.UI;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** 驻点监督: a manager decides roving stationing for an enterprise with a reason, and the decision is shown; reviewers do not open it. */
class StationingViewTest extends UiTest {

    @Autowired
    GradeBook gradeBook;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aManagerChoosesRovingWithAReasonAndSeesWhoDecidedWhen() {
        String uscc = jdbc.queryForObject("select uscc from enterprise where name = '威海文登汽车零部件有限公司'", String.class);
        gradeBook.writeGrade(
                uscc, "B", 12, "ROVING", "GRADED", "test", "测试定级 B", null, "test-grade:" + UUID.randomUUID());
        login("manager", "demo");
        navigate("supervision/stationing");
        StationingView view = _get(StationingView.class);
        view.region.setValue(view.region
                .getListDataView()
                .getItems()
                .filter(r -> r.code().equals("371003"))
                .findFirst()
                .orElseThrow());
        RovingCandidate row = view.enterprises
                .getListDataView()
                .getItems()
                .filter(r -> r.uscc().equals(uscc))
                .findFirst()
                .orElseThrow();
        assertThat(view.choiceText(row)).isEqualTo(view.getTranslation("stationing.choice.none"));

        view.enterprises.select(row);
        _click(view.station); // no reason: refused on the field
        assertThat(view.reason.isInvalid()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from stationing_choice where uscc = ?", Long.class, uscc))
                .isZero();

        view.reason.setValue("夏季高温作业多，巡回检查");
        _click(view.station);
        RovingCandidate after = view.enterprises
                .getListDataView()
                .getItems()
                .filter(r -> r.uscc().equals(uscc))
                .findFirst()
                .orElseThrow();
        assertThat(after.running()).isTrue();
        assertThat(view.choiceText(after)).contains("manager").contains("夏季高温作业多，巡回检查");
        assertThat(jdbc.queryForObject(
                        "select decided_by from stationing_choice where uscc = ? order by decided_at desc limit 1",
                        String.class,
                        uscc))
                .isEqualTo("manager");
        gradeBook.writeGrade(
                uscc, "B", 12, "NONE", "GRADED", "test", "测试定级 B", null, "test-grade:" + UUID.randomUUID());
    }

    @Test
    void reviewersDoNotOpenIt() {
        login("reviewer", "demo");
        navigate("supervision/stationing");
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0))
                .isNotInstanceOf(StationingView.class);
    }
}
